import PartyDayModel
import TerminalUI

/// The member form over the roster: every field of the record in two columns, or the leaving form.
enum MemberFormView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        guard let form = state.memberForm else { return }
        let language = state.language
        let title: LocalizedText
        switch form.purpose {
        case .add: title = LocalizedText(zh: "添加党员", en: "Add a member")
        case .edit: title = LocalizedText(zh: "党员信息 · \(form.original.name)", en: "Member record · \(form.original.name)")
        case .leave: title = LocalizedText(zh: "\(form.original.name) 离开(档案保留)", en: "\(form.original.name) leaves (the record is kept)")
        }
        let fields = form.fields
        let twoColumns = fields.count > 6 && rect.width >= 70
        let perColumn = twoColumns ? (fields.count + 1) / 2 : fields.count
        let box = rect.centred(height: min(rect.height, perColumn + 6), width: min(rect.width, twoColumns ? 90 : 64))
        let inside = Panels.box(title(language), into: &grid, rect: box)
        guard inside.height > 2, inside.width > 20 else { return }
        let columnWidth = twoColumns ? inside.width / 2 : inside.width
        let labelWidth = min(21, (fields.map { DisplayWidth.of($0.name(language)) }.max() ?? 10) + 1)
        // Rows above the problem and hint lines (and the new group's name, while it is typed); in a small
        // window the rows scroll to keep the focus shown.
        let shownRows = max(1, inside.height - (form.newGroup == nil ? 2 : 3))
        let focusRow = (fields.firstIndex(of: form.focus) ?? 0) % perColumn
        let firstRow = max(0, min(focusRow - shownRows + 1, perColumn - shownRows))
        for (index, field) in fields.enumerated() where (firstRow..<(firstRow + shownRows)).contains(index % perColumn) {
            let column = inside.column + 1 + (index / perColumn) * columnWidth
            let row = inside.row + index % perColumn - firstRow
            let focused = field == form.focus
            let label = DisplayWidth.pad(field.name(language), to: labelWidth, alignRight: false)
            let used = grid.put(label, row: row, column: column, style: Style(focused ? .accent : .dialog, bold: true),
                                clip: Rect(row: row, column: column, height: 1, width: columnWidth - 1))
            let valueColumn = column + used
            let valueWidth = max(1, columnWidth - 2 - used)
            switch form.kind(of: field) {
            case .text:
                guard let text = form.texts[field] else { continue }
                let cursor = Panels.textField(text, into: &grid, row: row, column: valueColumn, width: valueWidth, focused: focused)
                if focused, !form.isSaving { grid.cursor = Grid.Position(row: row, column: cursor) }
            case .choice(let options):
                let index = min(form.choices[field] ?? 0, max(0, options.count - 1))
                let shown = options.isEmpty ? "" : (focused ? "‹ \(options[index](language)) ›" : options[index](language))
                grid.put(shown, row: row, column: valueColumn, style: focused ? Style(.selection, reverse: true) : Style(.dialog),
                         clip: Rect(row: row, column: valueColumn, height: 1, width: valueWidth))
            case .toggle:
                grid.put(form.isLeadingCadre ? "[x]" : "[ ]", row: row, column: valueColumn,
                         style: focused ? Style(.selection, reverse: true) : Style(.dialog))
            }
        }
        let footer = inside.row + inside.height - 1
        let save = ([KeyCommand.confirm], LocalizedText(zh: "保存", en: "save")), close = ([KeyCommand.cancel], LocalizedText(zh: "关闭", en: "close"))
        let hint = form.isSaving
            ? LocalizedText(zh: "正在保存……", en: "Saving…")(language)
            : form.newGroup != nil
            ? Keymap.hint([(.confirm, LocalizedText(zh: "新增党小组", en: "adds the group")), (.cancel, LocalizedText(zh: "取消", en: "drops it"))],
                          in: .form, language: language)
            : form.focus == .group
            ? Keymap.hint([save, close, ([.previousChoice, .nextChoice], LocalizedText(zh: "选择党小组", en: "choose")),
                           ([.addGroup], LocalizedText(zh: "新增党小组", en: "adds a group"))], in: .form, language: language)
            : Keymap.hint([save, close, ([.nextField], LocalizedText(zh: "换项", en: "field")),
                           ([.previousChoice, .nextChoice], LocalizedText(zh: "选择", en: "choose")),
                           ([.toggle], LocalizedText(zh: "勾选", en: "tick"))], in: [.form, .ticks], language: language)
        let clip = Rect(row: inside.row, column: inside.column + 1, height: inside.height, width: inside.width - 2)
        grid.put(hint, row: footer, column: inside.column + 1, style: Style(.muted), clip: clip)
        if let newGroup = form.newGroup {
            let label = LocalizedText(zh: "新党小组名称:", en: "New group: ")(language)
            let used = grid.put(label, row: footer - 2, column: inside.column + 1, style: Style(.accent, bold: true), clip: clip)
            let cursor = Panels.textField(newGroup, into: &grid, row: footer - 2, column: inside.column + 1 + used,
                                          width: max(1, inside.width - 3 - used), focused: true)
            if !form.isSaving { grid.cursor = Grid.Position(row: footer - 2, column: cursor) }
        }
        if let problem = form.problem {
            grid.put("✗ " + problem(language), row: footer - 1, column: inside.column + 1, style: Style(.error, bold: true), clip: clip)
        } else if case .add = form.purpose {
            let note = LocalizedText(zh: "姓名的拼音在保存时生成,用于搜索", en: "The name's pinyin is made when saved, for search")
            grid.put(note(language), row: footer - 1, column: inside.column + 1, style: Style(.muted), clip: clip)
        }
    }
}
