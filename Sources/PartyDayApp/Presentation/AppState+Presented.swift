import PartyDayModel

/// Typed views of the presentation stack: reading one finds it, writing one replaces it in place,
/// pushes it when absent, or (nil) removes it.
extension AppState {
    /// The top of the stack, if anything is presented.
    public var top: Presented? { presented.last }

    /// First-run setup, while the file has no branch.
    public var setup: SetupState? {
        get { find { if case .setup(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.setup), kind: .setup) }
    }

    /// The day's record form.
    public var dayForm: DayFormState? {
        get { find { if case .dayForm(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.dayForm), kind: .dayForm) }
    }

    /// The member form.
    public var memberForm: MemberFormState? {
        get { find { if case .memberForm(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.memberForm), kind: .memberForm) }
    }

    /// Importing a roster sheet.
    public var importing: ImportState? {
        get { find { if case .importing(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.importing), kind: .importing) }
    }

    /// The branch picker.
    public var branchPicker: BranchPickerState? {
        get { find { if case .branchPicker(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.branchPicker), kind: .branchPicker) }
    }

    /// The branch theme dialog.
    public var themeDialog: ThemeDialogState? {
        get { find { if case .themeDialog(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.themeDialog), kind: .themeDialog) }
    }

    /// The help window.
    public var help: HelpState? {
        get { find { if case .help(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.help), kind: .help) }
    }

    /// The question asked, if one is.
    public var confirmation: Confirmation? {
        get { find { if case .confirm(let value) = $0 { value } else { nil } } }
        set { place(newValue.map(Presented.confirm), kind: .confirm) }
    }

    /// Whether anything presented holds input that leaving would throw away.
    public var hasUnsavedInput: Bool { presented.contains(where: \.hasUnsavedInput) }

    /// Closes the top presentation.
    public mutating func dismissTop() {
        _ = presented.popLast()
    }

    private func find<Value>(_ extract: (Presented) -> Value?) -> Value? {
        for item in presented.reversed() {
            if let value = extract(item) { return value }
        }
        return nil
    }

    private mutating func place(_ item: Presented?, kind: Presented.Kind) {
        let index = presented.lastIndex { $0.kind == kind }
        switch (item, index) {
        case (let item?, let index?): presented[index] = item
        case (let item?, nil): presented.append(item)
        case (nil, let index?): presented.remove(at: index)
        case (nil, nil): break
        }
    }
}
