"""The bundled DOCX templates' parts cleaned up by docxtpl and compiled by Jinja ahead of time (generated modules).

Written by `tools/make_docx_templates.py`; read by `plangen.office.precompiled`. Every other module here is
generated: `patch_<hash>.py` holds the cleaned-up XML of one template part, `code_<hash>.py` the Jinja code
of one template source, each named by a hash of its exact input.
"""
