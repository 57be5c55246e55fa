import PartyDayModel
import TerminalUI

/// Importing a roster sheet: the file's path, then the preview with every refused row.
enum ImportView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        guard let importing = state.importing else { return }
        let language = state.language
        let box = rect.centred(height: min(rect.height, 18), width: min(rect.width, 76))
        let title = LocalizedText(zh: "导入名册 · \(importing.branchName)", en: "Import a roster · \(importing.branchName)")
        let inside = Panels.box(title(language), into: &grid, rect: box)
        guard inside.height > 3 else { return }
        let clip = Rect(row: inside.row, column: inside.column + 1, height: inside.height, width: inside.width - 2)
        func line(_ text: String, _ offset: Int, _ style: Style = Style(.dialog)) {
            guard offset < inside.height else { return }
            grid.put(text, row: inside.row + offset, column: inside.column + 1, style: style, clip: clip)
        }
        let footer = inside.height - 1
        switch importing.stage {
        case .choosingFile, .reading:
            line(LocalizedText(zh: "CSV 文件(Excel/WPS“另存为 CSV”),UTF-8 或 GB18030,中英文表头均可。",
                               en: "A CSV file (Excel or WPS “Save as CSV”), UTF-8 or GB18030, Chinese or English headers.")(language), 0, Style(.muted))
            let label = LocalizedText(zh: "文件路径 ", en: "File ")(language)
            let used = grid.put(label, row: inside.row + 2, column: inside.column + 1, style: Style(.dialog, bold: true), clip: clip)
            let cursor = Panels.textField(importing.path, into: &grid, row: inside.row + 2, column: inside.column + 1 + used,
                                          width: inside.width - 3 - used, focused: true)
            if case .choosingFile = importing.stage { grid.cursor = Grid.Position(row: inside.row + 2, column: cursor) }
            if let problem = importing.problem { line("✗ " + problem(language), 4, Style(.error, bold: true)) }
            let hint = importing.stage == .reading
                ? LocalizedText(zh: "正在读取……", en: "Reading…")(language)
                : Keymap.hint([(.confirm, LocalizedText(zh: "预览(不会写入)", en: "preview (writes nothing)")),
                               (.cancel, LocalizedText(zh: "取消", en: "cancel"))], in: .form, language: language)
            line(hint, footer, Style(.muted))
        case .preview(let preview), .importing(let preview):
            let summary = LocalizedText(
                zh: "\(preview.file)(\(preview.encoding)):可导入 \(preview.accepted.count) 行,拒绝 \(preview.rejected.count) 行",
                en: "\(preview.file) (\(preview.encoding)): \(preview.accepted.count) \(preview.accepted.count == 1 ? "row" : "rows") to import, \(preview.rejected.count) refused")
            line(summary(language), 0, Style(.dialog, bold: true))
            var row = 1
            if !preview.ignoredColumns.isEmpty {
                line(LocalizedText(zh: "未识别的列(忽略):", en: "Columns left out: ")(language)
                     + preview.ignoredColumns.joined(separator: language == .zh ? "、" : ", "), row, Style(.muted))
                row += 1
            }
            row += 1
            let listRows = max(0, footer - 1 - row)
            var used = 0
            // Each refused row wraps under its line number, so a long reason is read whole.
            for rejected in preview.rejected.dropFirst(importing.offset) {
                let lead = LocalizedText(zh: "第 \(rejected.line) 行:", en: "line \(rejected.line): ")(language)
                let wrapped = Panels.wrap(lead + rejected.reason(language), width: max(1, clip.width))
                guard used + wrapped.count <= listRows else { break }
                for text in wrapped {
                    line(text, row + used, Style(.error))
                    used += 1
                }
            }
            if preview.rejected.count > listRows {
                let more = LocalizedText(
                    zh: "↑↓ 查看全部 \(preview.rejected.count) 条", en: "↑↓ to see all \(preview.rejected.count)")
                line(more(language), footer - 1, Style(.muted))
            }
            let count = preview.accepted.count
            let cancel = (KeyCommand.cancel, LocalizedText(zh: "取消", en: "cancel"))
            let hint: String
            if case .importing = importing.stage {
                hint = LocalizedText(zh: "正在导入……", en: "Importing…")(language)
            } else if preview.accepted.isEmpty {
                hint = LocalizedText(zh: "没有可导入的行 · ", en: "No row can be imported · ")(language)
                    + Keymap.hint([(.cancel, LocalizedText(zh: "返回", en: "back"))], in: .form, language: language)
            } else if preview.rejected.isEmpty {
                hint = Keymap.hint([(.confirm, LocalizedText(zh: "导入 \(count) 人(可撤销)", en: "import \(count) (undoable)")), cancel],
                                   in: .form, language: language)
            } else {
                hint = Keymap.hint([
                    (.confirm, LocalizedText(zh: "只导入可导入的 \(count) 人,跳过被拒绝的行", en: "import the \(count) accepted, skip the refused")), cancel,
                ], in: .form, language: language)
            }
            line(hint, footer, Style(.accent, bold: true))
        }
    }
}
