import Foundation

/// A paper made of tables: a title and a line under it, one or more sections (a branch each, or the
/// parts of a day's record), and a line to close. Markdown, CSV and a printable A4 page come from it;
/// a section after the first starts a new page when printed.
public struct TablePaper: Sendable, Hashable {
    /// One section: its heading and lines of text, then its table.
    public struct Section: Sendable, Hashable {
        public var heading: String?
        /// Lines under the heading, before the table.
        public var lines: [String]
        public var headers: [String]
        public var rows: [[String]]
        /// The columns of figures, aligned right.
        public var numericColumns: Set<Int>
        /// The columns' widths on paper (`"10%"`), or empty for the browser's own.
        public var widths: [String]
        /// The table's style on paper: `sign` for rows tall enough to sign, `wide` for many columns.
        public var className: String?

        public init(
            heading: String? = nil, lines: [String] = [], headers: [String], rows: [[String]], numericColumns: Set<Int> = [],
            widths: [String] = [], className: String? = nil
        ) {
            self.heading = heading
            self.lines = lines
            self.headers = headers
            self.rows = rows
            self.numericColumns = numericColumns
            self.widths = widths
            self.className = className
        }
    }

    public var title: String
    /// The line under the title.
    public var summary: String
    public var sections: [Section]
    /// The closing line: who issues it and when, or the lines to sign.
    public var footer: String
    public var language: Language
    /// Whether each section after the first starts a new page.
    public var pageBreaks: Bool

    public init(title: String, summary: String, sections: [Section], footer: String, language: Language, pageBreaks: Bool = true) {
        self.title = title
        self.summary = summary
        self.sections = sections
        self.footer = footer
        self.language = language
        self.pageBreaks = pageBreaks
    }

    /// As Markdown: a heading, the summary, each section's heading, lines and table.
    public func markdown() -> String {
        var out = "# \(title)\n\n" + (summary.isEmpty ? "" : "\(summary)\n\n")
        for section in sections {
            if let heading = section.heading { out += "## \(heading)\n\n" }
            for line in section.lines { out += "\(line)\n\n" }
            guard !section.headers.isEmpty else { continue }
            out += "| " + section.headers.map(Self.markdownCell).joined(separator: " | ") + " |\n|"
                + section.headers.indices.map { section.numericColumns.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
            for row in section.rows { out += "| " + row.map { $0.isEmpty ? " " : Self.markdownCell($0) }.joined(separator: " | ") + " |\n" }
            out += "\n"
        }
        return out + footer + "\n"
    }

    /// As CSV with the byte-order mark, for Excel: one table; with several sections, the section's
    /// heading as the first column.
    public func csv() -> String {
        let tables = sections.filter { !$0.headers.isEmpty }
        guard let first = tables.first else { return CSVText.byteOrderMark + CSVText.render(headers: [], rows: []) }
        if tables.count == 1 { return CSVText.byteOrderMark + CSVText.render(headers: first.headers, rows: first.rows) }
        let rows = tables.flatMap { section in section.rows.map { [section.heading ?? ""] + $0 } }
        return CSVText.byteOrderMark + CSVText.render(headers: [""] + first.headers, rows: rows)
    }

    /// As a printable A4 page.
    public func html() -> String {
        let parts = sections.enumerated().map { index, section -> String in
            var body = index == 0 ? "<h1>\(HTMLPage.escape(title))</h1>" + (summary.isEmpty ? "" : "<p>\(HTMLPage.escape(summary))</p>") : ""
            if let heading = section.heading { body += "<h2>\(HTMLPage.escape(heading))</h2>" }
            for line in section.lines { body += "<p>\(HTMLPage.escape(line))</p>" }
            if !section.headers.isEmpty {
                body += HTMLPage.table(headers: section.headers, rows: section.rows, widths: section.widths, className: section.className)
            }
            if index == sections.count - 1 { body += "<p class=\"foot\">\(HTMLPage.escape(footer))</p>" }
            return body
        }
        let body = pageBreaks ? parts.map { "<section>\($0)</section>" } : ["<section>" + parts.joined() + "</section>"]
        return HTMLPage.document(title: title, language: language, sections: sections.isEmpty ? ["<section><h1>\(HTMLPage.escape(title))</h1><p class=\"foot\">\(HTMLPage.escape(footer))</p></section>"] : body)
    }

    /// A cell safe inside a Markdown table: `|` escaped, line breaks as spaces.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
