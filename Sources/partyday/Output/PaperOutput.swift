import Foundation
import PartyDayModel

/// The formats of the papers a secretary puts up, prints or files.
enum PaperFormat: String, LocalizedName {
    case txt, md, csv, html, pdf
    var name: LocalizedText { LocalizedText(zh: rawValue, en: rawValue) }
}

/// A paper in each of its forms, for `export`'s `--format`.
struct PaperForms {
    var text: () -> String
    var markdown: () -> String
    var csv: () -> String
    var html: () -> String

    /// A paper of tables: the text form aligns each table by display width.
    init(_ paper: TablePaper) {
        text = {
            var out = paper.title + "\n" + (paper.summary.isEmpty ? "" : paper.summary + "\n")
            for section in paper.sections {
                out += "\n"
                if let heading = section.heading { out += heading + "\n" }
                for line in section.lines { out += line + "\n" }
                if !section.headers.isEmpty { out += TableText.render(headers: section.headers, rows: section.rows, numericColumns: section.numericColumns) }
            }
            return out + "\n" + paper.footer + "\n"
        }
        markdown = paper.markdown
        csv = paper.csv
        html = paper.html
    }

    init(text: @escaping () -> String, markdown: @escaping () -> String, csv: @escaping () -> String, html: @escaping () -> String) {
        self.text = text
        self.markdown = markdown
        self.csv = csv
        self.html = html
    }
}

extension ExportDestination {
    /// Writes a paper in the format asked for; a PDF is the HTML printed by a headless browser, into
    /// the file named by `-o`, whole or not at all.
    func write(_ forms: PaperForms, as format: PaperFormat, context: CommandContext) throws {
        switch format {
        case .txt: try write(forms.text(), context: context)
        case .md: try write(forms.markdown(), context: context)
        case .csv: try write(forms.csv(), context: context)
        case .html: try write(forms.html(), context: context)
        case .pdf:
            guard let output else { throw CommandLineError.pdfNeedsFile }
            let pdf = try HeadlessBrowser.printToPDF(html: forms.html(), language: context.language)
            try PrivateFile.write(pdf, to: output)
            Console.error(LocalizedText(zh: "已写入 \(output)", en: "Written to \(output)")(context.language) + "\n")
        }
    }
}
