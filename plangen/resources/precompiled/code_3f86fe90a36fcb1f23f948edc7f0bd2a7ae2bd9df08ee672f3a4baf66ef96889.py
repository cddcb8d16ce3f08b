from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_drafted_on = resolve('drafted_on')
    l_0_stamps = resolve('stamps')
    l_0_subject = resolve('subject')
    l_0_drafter = resolve('drafter')
    l_0_approver = resolve('approver')
    l_0_departments = resolve('departments')
    l_0_purpose = resolve('purpose')
    l_0_history = resolve('history')
    l_0_initiatives = resolve('initiatives')
    l_0_reached = resolve('reached')
    l_0_effects = resolve('effects')
    l_0_effect_line = resolve('effect_line')
    l_0_outlook = resolve('outlook')
    l_0_benefit = resolve('benefit')
    l_0_next_initiatives = resolve('next_initiatives')
    l_0_next_targets = resolve('next_targets')
    l_0_next_milestones = resolve('next_milestones')
    l_0_meetings = resolve('meetings')
    l_0_risks = resolve('risks')
    l_0_stop_line = resolve('stop_line')
    l_0_stop_money = resolve('stop_money')
    l_0_annual_fee = resolve('annual_fee')
    l_0_contract_period = resolve('contract_period')
    l_0_next_period = resolve('next_period')
    l_0_payment_terms = resolve('payment_terms')
    l_0_decide_line = resolve('decide_line')
    l_0_attachments = resolve('attachments')
    pass
    yield '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'drafted_on'))
    yield '\u3000'
    yield escape((undefined(name='drafted_on') if l_0_drafted_on is missing else l_0_drafted_on))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'doc_title'))
    yield '</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1247"/><w:gridCol w:w="4989"/><w:gridCol w:w="1701"/><w:gridCol w:w="1701"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1247"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'role'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4989"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'name'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'date'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'seal'))
    yield '</w:t></w:r></w:p></w:tc></w:tr>'
    for l_1_s in (undefined(name='stamps') if l_0_stamps is missing else l_0_stamps):
        _loop_vars = {}
        pass
        yield '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="794" w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1247"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr(l_1_s, 'role'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4989"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr(l_1_s, 'name'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/></w:rPr></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/></w:rPr></w:pPr></w:p></w:tc></w:tr>'
    l_1_s = missing
    yield '</w:tbl><w:p/><w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="1701"/><w:gridCol w:w="7937"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'subject_label'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7937"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='subject') if l_0_subject is missing else l_0_subject))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'drafter'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7937"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='drafter') if l_0_drafter is missing else l_0_drafter))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'approver'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7937"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='approver') if l_0_approver is missing else l_0_approver))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'departments'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7937"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='departments') if l_0_departments is missing else l_0_departments))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'lead'))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'record'))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'purpose'))
    yield '</w:t></w:r></w:p>\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='purpose') if l_0_purpose is missing else l_0_purpose))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'history'))
    yield '</w:t></w:r></w:p>\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='history') if l_0_history is missing else l_0_history))
    yield '</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="3118"/><w:gridCol w:w="1701"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'initiative'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3118"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'period'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'state'))
    yield '</w:t></w:r></w:p></w:tc></w:tr>'
    for l_1_i in (undefined(name='initiatives') if l_0_initiatives is missing else l_0_initiatives):
        _loop_vars = {}
        pass
        yield '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="425" w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr(l_1_i, 'name'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3118"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr(l_1_i, 'period'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr(l_1_i, 'state'))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
    l_1_i = missing
    yield '</w:tbl>\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'reached'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='reached') if l_0_reached is missing else l_0_reached):
        pass
        for l_1_r in (undefined(name='reached') if l_0_reached is missing else l_0_reached):
            _loop_vars = {}
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(l_1_r)
            yield '</w:t></w:r></w:p>'
        l_1_r = missing
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'none_reached'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'effect'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='effects') if l_0_effects is missing else l_0_effects):
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape((undefined(name='effect_line') if l_0_effect_line is missing else l_0_effect_line))
        yield '</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2268"/><w:gridCol w:w="1134"/><w:gridCol w:w="1134"/><w:gridCol w:w="1134"/><w:gridCol w:w="2835"/><w:gridCol w:w="1134"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'metric'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'baseline'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'now'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'target'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2835"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'evaluation'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'status'))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
        for l_1_e in (undefined(name='effects') if l_0_effects is missing else l_0_effects):
            _loop_vars = {}
            pass
            yield '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="425" w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_e, 'name'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_e, 'baseline'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_e, 'now'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_e, 'target'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2835"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_e, 'evaluation'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1134"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_e, 'status'))
            yield '</w:t></w:r></w:p></w:tc></w:tr>'
        l_1_e = missing
        yield '</w:tbl>\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'outlook'))
        yield '</w:t></w:r></w:p>'
        for l_1_o in (undefined(name='outlook') if l_0_outlook is missing else l_0_outlook):
            _loop_vars = {}
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(l_1_o)
            yield '</w:t></w:r></w:p>'
        l_1_o = missing
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'no_kpis'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'benefit'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='benefit') if l_0_benefit is missing else l_0_benefit):
        pass
        yield '<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2835"/><w:gridCol w:w="1701"/><w:gridCol w:w="1417"/><w:gridCol w:w="1984"/><w:gridCol w:w="1701"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2835"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'line_kpi'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'scope'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1417"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'improvement'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1984"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'value_per_unit'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'amount'))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
        for l_1_b in environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'lines'):
            _loop_vars = {}
            pass
            yield '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="425" w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2835"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'kpi'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'scope'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1417"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'improvement'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1984"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'value_per_unit'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1701"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'amount'))
            yield '</w:t></w:r></w:p></w:tc></w:tr>'
        l_1_b = missing
        yield '</w:tbl><w:p/><w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4535"/><w:gridCol w:w="2551"/><w:gridCol w:w="2551"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4535"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'item_col'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'amount'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'ratio'))
        yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4535"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'benefit_now'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'now'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'ratio_now'))
        yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4535"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'benefit_target'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'at_target'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'ratio_target'))
        yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4535"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'annual_fee'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'fee'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/></w:rPr></w:pPr></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4535"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'realised'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'realised'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'ratio_realised'))
        yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4535"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'fee_to_date'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'fee_to_date'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2551"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="right"/><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/></w:rPr></w:pPr></w:p></w:tc></w:tr></w:tbl>\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:color w:val="666666"/><w:sz w:val="16"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='benefit') if l_0_benefit is missing else l_0_benefit), 'formula'))
        yield '</w:t></w:r></w:p>'
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'to_fill'))
        yield ' '
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'no_benefit'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'next'))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'next_initiatives'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='next_initiatives') if l_0_next_initiatives is missing else l_0_next_initiatives):
        pass
        for l_1_n in (undefined(name='next_initiatives') if l_0_next_initiatives is missing else l_0_next_initiatives):
            _loop_vars = {}
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(l_1_n)
            yield '</w:t></w:r></w:p>'
        l_1_n = missing
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'nothing_remaining'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'next_targets'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='next_targets') if l_0_next_targets is missing else l_0_next_targets):
        pass
        for l_1_n in (undefined(name='next_targets') if l_0_next_targets is missing else l_0_next_targets):
            _loop_vars = {}
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(l_1_n)
            yield '</w:t></w:r></w:p>'
        l_1_n = missing
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'nothing_remaining'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'next_milestones'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='next_milestones') if l_0_next_milestones is missing else l_0_next_milestones):
        pass
        for l_1_n in (undefined(name='next_milestones') if l_0_next_milestones is missing else l_0_next_milestones):
            _loop_vars = {}
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(l_1_n)
            yield '</w:t></w:r></w:p>'
        l_1_n = missing
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'nothing_remaining'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'meetings'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings):
        pass
        for l_1_n in (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings):
            _loop_vars = {}
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(l_1_n)
            yield '</w:t></w:r></w:p>'
        l_1_n = missing
    else:
        pass
        yield '\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'nothing_remaining'))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'risks'))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='risks') if l_0_risks is missing else l_0_risks):
        pass
        yield '<w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'risk'))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/><w:shd w:val="clear" w:color="auto" w:fill="1F4E79"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'mitigation'))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
        for l_1_r in (undefined(name='risks') if l_0_risks is missing else l_0_risks):
            _loop_vars = {}
            pass
            yield '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="425" w:hRule="atLeast"/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_r, 'risk'))
            yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4819"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_r, 'mitigation'))
            yield '</w:t></w:r></w:p></w:tc></w:tr>'
        l_1_r = missing
        yield '</w:tbl>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stop_risk'))
    yield '</w:t></w:r></w:p>\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='stop_line') if l_0_stop_line is missing else l_0_stop_line))
    yield escape((undefined(name='stop_money') if l_0_stop_money is missing else l_0_stop_money))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'cost'))
    yield '</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:type="auto" w:w="0"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2268"/><w:gridCol w:w="7370"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'annual_fee'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7370"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='annual_fee') if l_0_annual_fee is missing else l_0_annual_fee))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'contract_period'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7370"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='contract_period') if l_0_contract_period is missing else l_0_contract_period))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'next_period'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7370"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='next_period') if l_0_next_period is missing else l_0_next_period))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2268"/><w:shd w:val="clear" w:color="auto" w:fill="DCE6F2"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'payment_terms'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="7370"/></w:tcPr>\n<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="264" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:sz w:val="18"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='payment_terms') if l_0_payment_terms is missing else l_0_payment_terms))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'decide'))
    yield '</w:t></w:r></w:p>\n<w:p><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:b/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape((undefined(name='decide_line') if l_0_decide_line is missing else l_0_decide_line))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'attachments'))
    yield '</w:t></w:r></w:p>'
    for l_1_a in (undefined(name='attachments') if l_0_attachments is missing else l_0_attachments):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
        yield escape(l_1_a)
        yield '</w:t></w:r></w:p>'
    l_1_a = missing
    yield '\n<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI" w:eastAsia="Meiryo" w:cs="Segoe UI"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP"/></w:rPr><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'end'))
    yield '</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'

blocks = {}
debug_info = '2=40&3=44&4=46&5=48&6=50&7=52&8=58&9=60&12=64&13=66&14=68&15=70&16=72&17=74&18=76&19=78&20=80&21=82&22=84&23=86&24=88&25=90&26=92&27=94&28=96&29=102&30=104&31=106&32=110&33=118&34=124&35=127&36=132&37=134&38=136&39=138&40=140&41=142&42=144&43=150&44=152&45=154&46=156&47=158&48=160&49=164&50=170&51=176&52=179&53=184&54=186&55=188&56=190&57=192&58=198&59=200&60=202&61=204&62=206&63=210&64=212&65=214&66=216&67=218&68=220&69=222&70=224&71=226&72=228&73=230&75=232&76=234&77=236&78=238&79=240&81=242&82=247&83=252&84=254&85=262&86=268&87=271&88=279&89=285&90=288&91=296&92=302&93=305&94=313&95=319&96=322&97=327&98=329&99=335&100=337&101=342&102=344&103=347&104=349&105=351&106=353&107=355&108=357&109=359&110=361&111=363&112=365&113=367&114=369&115=375&116=379'
# Generated by tools/make_docx_templates.py from a bundled template (do not edit).
