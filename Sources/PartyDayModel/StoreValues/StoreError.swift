/// Everything the store can refuse or fail at, each with a message in both languages naming the file,
/// field or row concerned.
public enum StoreError: UserFacingError, Equatable {
    /// The folder that should hold the file does not exist.
    case folderMissing(path: String)
    /// The path names a folder, not a file.
    case isFolder(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// The file is an SQLite database of some other program.
    case notPartyDay(path: String)
    /// The file was written by a newer partyday with changes this one does not know.
    case newerVersion(path: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// The file was moved or deleted while partyday had it open.
    case fileMoved(path: String)
    /// Another program held the file locked longer than the busy timeout.
    case locked(path: String)
    /// Another partyday (or a program holding the file with `flock`) kept its writers' lock longer than
    /// partyday waits for it; who, when the system says (`partyday (进程 1234)`).
    case busy(path: String, holder: String?, seconds: Int)
    /// The user stopped a wait for another process's hold on the file (Esc in the UI); nothing was done.
    case waitCancelled(path: String)
    /// The file is damaged.
    case corrupt(path: String)
    /// A command that only reads found no data file there yet (or an empty one), and made none.
    case noDataFile(path: String)
    /// A command that only reads found a file of an older partyday, and left it as it is.
    case needsUpgrade(path: String)
    /// The disk is full.
    case diskFull(path: String)
    /// Input that fails validation.
    case invalid(ValidationError)
    /// No member matches what was typed.
    case unknownMember(reference: String)
    /// Several members match a name; the user must say which.
    case ambiguousMember(reference: String, candidates: [String])
    /// Another member already has this member number.
    case duplicateMemberNumber(String, holder: String)
    /// No branch has this name or id.
    case unknownBranch(reference: String)
    /// The group is not a group of the member's branch.
    case unknownGroup(reference: String)
    /// The parent already has an organisation of that name.
    case organisationExists(name: String)
    /// No activity day has this id.
    case unknownActivityDay(reference: String)
    /// No theme of the branch has this id or name.
    case unknownTheme(reference: String)
    /// No make-up has this number.
    case unknownMakeUp(reference: String)
    /// The make-up was already recorded done.
    case makeUpAlreadyDone(member: String, on: String)
    /// The branch already has an activity day on that date.
    case activityDayExists(date: String)
    /// The file has no branch yet: `init` first.
    case notInitialised
    /// `init` on a file that already has a branch.
    case alreadyInitialised(branch: String)
    /// The member already left.
    case alreadyLeft(member: String, on: String)
    /// Demo data goes only into an empty file.
    case demoNeedsEmptyFile(path: String)
    /// The actor has nothing to undo.
    case nothingToUndo(actor: ActorID)
    /// The actor has nothing to redo.
    case nothingToRedo(actor: ActorID)
    /// The latest change cannot be undone (sample data).
    case notUndoable(label: LocalizedText)
    /// A row was changed since by someone else, so undo or redo would overwrite their work.
    case conflict(label: LocalizedText, changedBy: ActorID?, changeLabel: LocalizedText?, at: String?)
    /// Other records now depend on a row the undo would remove.
    case dependentRecords(label: LocalizedText)
    /// A form's save met a change made elsewhere since it opened, to the same fields: nothing was saved.
    case editedElsewhere(OtherChange)
    /// The system refused to open the file, for a reason other than those above.
    case fileRefused(path: String, reason: LocalizedText)
    /// Any other database failure, with SQLite's own words.
    case database(path: String, detail: String)

    /// The message for the user.
    public var message: LocalizedText {
        switch self {
        case .folderMissing(let path):
            LocalizedText(zh: "文件夹不存在:\(path)", en: "folder does not exist: \(path)")
        case .isFolder(let path):
            LocalizedText(zh: "这是一个文件夹,不是数据文件:\(path)", en: "this is a folder, not a data file: \(path)")
        case .notADatabase(let path):
            LocalizedText(zh: "不是数据库文件:\(path)", en: "not a database file: \(path)")
        case .notPartyDay(let path):
            LocalizedText(zh: "不是党员活动日的数据文件:\(path)", en: "not a partyday data file: \(path)")
        case .newerVersion(let path):
            LocalizedText(
                zh: "数据文件来自更新版本的 partyday,请先升级:\(path)",
                en: "the data file was written by a newer partyday; upgrade first: \(path)")
        case .readOnly(let path):
            LocalizedText(zh: "数据文件只读,无法写入:\(path)", en: "the data file is read-only: \(path)")
        case .fileMoved(let path):
            LocalizedText(
                zh: "数据文件在使用中被移动或删除,未保存;请重新打开:\(path)",
                en: "the data file was moved or deleted while open; nothing was saved; open it again: \(path)")
        case .busy(let path, let holder, let seconds):
            LocalizedText(
                zh: "数据文件正被\(holder.map { " \($0) " } ?? "另一个程序")占用,已等待 \(seconds) 秒,未做任何修改:\(path)。请等它完成(或结束它)后再试",
                en: "the data file is held by \(holder ?? "another program"); gave up after \(seconds) s, nothing changed: \(path). Wait for it to finish (or end it), then try again")
        case .waitCancelled(let path):
            LocalizedText(
                zh: "已停止等待,未做任何修改:\(path)", en: "stopped waiting; nothing changed: \(path)")
        case .locked(let path):
            LocalizedText(
                zh: "数据文件被其他程序锁定,请稍后再试:\(path)",
                en: "the data file is locked by another program; try again shortly: \(path)")
        case .noDataFile(let path):
            LocalizedText(
                zh: "这里还没有数据文件,未创建任何文件:\(path)。先运行 partyday(首次使用会引导建立)或 partyday init",
                en: "there is no data file here yet, and none was made: \(path). Run partyday (it guides a first setup) or partyday init")
        case .needsUpgrade(let path):
            LocalizedText(
                zh: "数据文件来自较早的 partyday,只读命令不会改动它:\(path)。打开 partyday 一次(或运行任何会修改数据的命令)即可升级",
                en: "the data file is from an earlier partyday, and a command that only reads leaves it as it is: \(path). Open partyday once (or run any command that changes data) to upgrade it")
        case .corrupt(let path):
            LocalizedText(
                zh: "数据文件已损坏,为保护记录不再写入:\(path)。运行 partyday check --full 查看;用 partyday restore 备份文件 恢复",
                en: "the data file is damaged, and nothing more is written to it: \(path). Run partyday check --full to see; partyday restore BACKUP to restore")
        case .diskFull(let path):
            LocalizedText(zh: "磁盘已满,未保存:\(path)", en: "the disk is full; nothing was saved: \(path)")
        case .invalid(let error):
            error.message
        case .unknownMember(let reference):
            LocalizedText(zh: "找不到党员:\(reference)", en: "no such member: \(reference)")
        case .ambiguousMember(let reference, let candidates):
            LocalizedText(
                zh: "有多名党员叫“\(reference)”,请用编号指定:\(candidates.joined(separator: "、"))",
                en: "several members are called \(reference); give the id or number: \(candidates.joined(separator: ", "))")
        case .duplicateMemberNumber(let number, let holder):
            LocalizedText(
                zh: "党员编号:\(number) 已被 \(holder) 使用",
                en: "member number: \(number) is already used by \(holder)")
        case .unknownBranch(let reference):
            LocalizedText(zh: "找不到支部:\(reference)", en: "no such branch: \(reference)")
        case .organisationExists(let name):
            LocalizedText(zh: "已有同名的组织:\(name)", en: "there is already an organisation named \(name)")
        case .unknownGroup(let reference):
            LocalizedText(
                zh: "该支部没有这个党小组:\(reference)(可用 partyday group add \(reference) 添加)",
                en: "the branch has no such group: \(reference) (partyday group add \(reference) adds it)")
        case .unknownActivityDay(let reference):
            LocalizedText(zh: "找不到活动日:\(reference)", en: "no such activity day: \(reference)")
        case .unknownMakeUp(let reference):
            LocalizedText(zh: "找不到补学:\(reference)(用 partyday makeup list 查看编号)", en: "no such make-up: \(reference) (see partyday makeup list)")
        case .makeUpAlreadyDone(let member, let date):
            LocalizedText(zh: "\(member) 的这次补学已于 \(date) 完成", en: "\(member) already made this up on \(date)")
        case .unknownTheme(let reference):
            LocalizedText(zh: "找不到主题:\(reference)(用 partyday theme list 查看)", en: "no such theme: \(reference) (see partyday theme list)")
        case .activityDayExists(let date):
            LocalizedText(zh: "\(date) 已有活动日,请修改那一天", en: "there is already an activity day on \(date); edit that one")
        case .notInitialised:
            LocalizedText(
                zh: "还没有建立支部,请先运行 partyday init --branch 支部名称",
                en: "no branch yet; run partyday init --branch NAME first")
        case .alreadyInitialised(let branch):
            LocalizedText(zh: "数据文件已建立支部:\(branch)", en: "the data file already has a branch: \(branch)")
        case .alreadyLeft(let member, let date):
            LocalizedText(zh: "\(member) 已于 \(date) 离开", en: "\(member) already left on \(date)")
        case .demoNeedsEmptyFile(let path):
            LocalizedText(
                zh: "示例数据只能写入空的数据文件,请用 --db 指定新文件:\(path)",
                en: "sample data goes only into an empty data file; give a new one with --db: \(path)")
        case .nothingToUndo(let actor):
            LocalizedText(zh: "\(actor.displayName.zh)没有可撤销的操作", en: "nothing to undo for \(actor.displayName.en)")
        case .nothingToRedo(let actor):
            LocalizedText(zh: "\(actor.displayName.zh)没有可重做的操作", en: "nothing to redo for \(actor.displayName.en)")
        case .notUndoable(let label):
            LocalizedText(zh: "“\(label.zh)”不能撤销", en: "“\(label.en)” cannot be undone")
        case .conflict(let label, let actor, let changeLabel, let time):
            Self.conflictMessage(label: label, actor: actor, changeLabel: changeLabel, time: time)
        case .editedElsewhere(let change):
            LocalizedText(
                zh: "未保存:\(change.who.zh)在你编辑期间修改了\(change.fieldList.zh)。你的输入仍在表单中:再按 Enter 以你的输入覆盖,Esc 放弃",
                en: "not saved: \(change.who.en) changed \(change.fieldList.en) while you were editing. Your input is still in the form: Enter again saves yours over it, Esc drops it")
        case .dependentRecords(let label):
            LocalizedText(
                zh: "无法撤销“\(label.zh)”:之后已有其他记录依赖它",
                en: "cannot undo “\(label.en)”: other records made since depend on it")
        case .fileRefused(let path, let reason):
            LocalizedText(zh: "无法打开数据文件 \(path):\(reason.zh)", en: "cannot open the data file \(path): \(reason.en)")
        case .database(let path, let detail):
            // SQLite's own words are quoted after partyday's, which say what happened to the work.
            LocalizedText(
                zh: "数据文件出现意外错误,这一步未保存:\(path)(SQLite 原文:“\(detail)”)",
                en: "an unexpected error in the data file; this step was not saved: \(path) (SQLite said: “\(detail)”)")
        }
    }

    private static func conflictMessage(
        label: LocalizedText, actor: ActorID?, changeLabel: LocalizedText?, time: String?
    ) -> LocalizedText {
        guard let actor else {
            return LocalizedText(
                zh: "无法撤销“\(label.zh)”:相关记录已被改动",
                en: "cannot undo “\(label.en)”: the records have been changed since")
        }
        let what = changeLabel ?? LocalizedText(zh: "", en: "")
        let when = time.map { " \($0)" } ?? ""
        return LocalizedText(
            zh: "无法撤销“\(label.zh)”:\(actor.displayName.zh)\(when) 已改动相关记录(\(what.zh))",
            en: "cannot undo “\(label.en)”: \(actor.displayName.en) changed the records since\(when) (\(what.en))")
    }
}
