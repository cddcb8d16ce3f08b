"""The Office toolkits: PPTX and DOCX building, text measuring, fonts, charts, template sandbox, zip writing."""
