/// A printable page of partyday's papers: well-formed XHTML that a browser prints on A4 portrait,
/// with CJK fonts named, tables that never break inside a row, and a page break between sections.
public enum HTMLPage {
    /// Text with `&`, `<`, `>`, `"` and `'` written as entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A whole document: the title, the style, and the sections, each on its own page.
    public static func document(title: String, language: Language, sections: [String]) -> String {
        let lang = language == .zh ? "zh-CN" : "en"
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(lang)" xml:lang="\(lang)">
            <head>
            <meta charset="utf-8" />
            <title>\(escape(title))</title>
            <style>
            @page { size: A4 portrait; margin: 18mm 16mm; }
            body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; font-size: 11pt; line-height: 1.5; color: #000; }
            h1 { font-size: 16pt; text-align: center; margin: 0 0 6mm; }
            h2 { font-size: 12pt; margin: 5mm 0 2mm; }
            p { margin: 1mm 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            th, td { border: 0.3mm solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
            tr { page-break-inside: avoid; break-inside: avoid; }
            thead { display: table-header-group; }
            section + section { page-break-before: always; break-before: page; }
            .sign td { height: 9mm; }
            .wide { font-size: 7.5pt; }
            .wide th, .wide td { padding: 1mm 0.8mm; text-align: right; }
            .wide td:first-child, .wide th:first-child { text-align: left; }
            .foot { margin-top: 6mm; text-align: right; }
            </style>
            </head>
            <body>
            \(sections.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// A table: a header row and the rows, every cell escaped.
    public static func table(headers: [String], rows: [[String]], widths: [String] = [], className: String? = nil) -> String {
        var html = "<table\(className.map { " class=\"\($0)\"" } ?? "")>"
        if !widths.isEmpty {
            html += "<colgroup>" + widths.map { "<col style=\"width: \($0)\" />" }.joined() + "</colgroup>"
        }
        html += "<thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }
}
