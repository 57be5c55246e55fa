import PartyDayModel

/// Refusals of the command line itself, before the store is touched.
enum CommandLineError: UserFacingError {
    /// `--lang` names no language partyday speaks.
    case unknownLanguage(String)
    /// A value could not be read for an option.
    case badValue(option: String, value: String, expected: LocalizedText)
    /// A required option is missing.
    case missing(option: String, field: LocalizedText)
    /// Options that cannot go together.
    case conflictingOptions(String, String)
    /// An import found rows it refuses, and was not told to skip them.
    case refusedRows(count: Int)
    /// An output file could not be written.
    case cannotWrite(path: String, reason: LocalizedText)
    /// A file named on the command line could not be read (missing, unreadable, not text).
    case cannotRead(path: String)
    /// `--dry-run` found rows it would refuse.
    case refusedRowsInPreview(count: Int)
    /// `day cancel` on a day that was held, without `--force`.
    case cancellingHeldDay(date: String)
    /// A day given as something that is neither a date nor a record number.
    case invalidDate(String)
    /// The PIN typed twice was not the same both times.
    case pinsDiffer
    /// A PDF was asked for without a file to write it to.
    case pdfNeedsFile
    /// No headless browser to print a PDF with.
    case noBrowser
    /// The browser did not make the PDF (it failed, or took longer than the wait allows).
    case browserFailed(String)

    var message: LocalizedText {
        switch self {
        case .unknownLanguage(let code):
            LocalizedText(zh: "未知语言“\(code)”,可用:zh, en", en: "unknown language “\(code)”; use zh or en")
        case .badValue(let option, let value, let expected):
            LocalizedText(
                zh: "\(option):无法识别“\(value)”,应为\(expected.zh)",
                en: "\(option): cannot read “\(value)”; expected \(expected.en)")
        case .missing(let option, let field):
            LocalizedText(zh: "缺少\(field.zh)(\(option))", en: "missing \(field.en) (\(option))")
        case .conflictingOptions(let first, let second):
            LocalizedText(zh: "\(first) 与 \(second) 不能同时使用", en: "\(first) and \(second) cannot be used together")
        case .refusedRows(let count):
            LocalizedText(
                zh: "有 \(count) 行被拒绝,未写入任何内容:请改正后再导入,或加 --skip-rejected 只导入其余的行",
                en: "\(count) rows were refused and nothing was written: correct them and import again, or add --skip-rejected to import the rest")
        case .cannotWrite(let path, let reason):
            LocalizedText(zh: "无法写入 \(path):\(reason.zh)", en: "cannot write \(path): \(reason.en)")
        case .cannotRead(let path):
            LocalizedText(zh: "无法读取 \(path):文件不存在、无权读取或不是文本", en: "cannot read \(path): missing, not readable, or not text")
        case .refusedRowsInPreview(let count):
            LocalizedText(
                zh: "预览:有 \(count) 行会被拒绝(未写入任何内容)", en: "preview: \(count) rows would be refused (nothing was written)")
        case .cancellingHeldDay(let date):
            LocalizedText(
                zh: "\(date) 的活动日已举行;确要取消,请加 --force", en: "the activity day of \(date) was held; to cancel it all the same, add --force")
        case .invalidDate(let text):
            LocalizedText(zh: "日期无效:“\(text)”(应为 YYYY-MM-DD,如 2026-03-06)", en: "invalid date: “\(text)” (expected YYYY-MM-DD, such as 2026-03-06)")
        case .pinsDiffer:
            LocalizedText(zh: "两次输入的 PIN 不同,未作更改", en: "the two PINs differ; nothing was changed")
        case .pdfNeedsFile:
            LocalizedText(zh: "PDF 须写入文件:请加 -o 文件名.pdf", en: "a PDF goes to a file: add -o name.pdf")
        case .noBrowser:
            LocalizedText(
                zh: "未找到无界面浏览器,无法生成 PDF:请安装(sudo apt-get install chromium fonts-noto-cjk),或设 PARTYDAY_BROWSER 为其路径;也可用 --format html 后在浏览器中打印",
                en: "no headless browser to make the PDF: install one (sudo apt-get install chromium fonts-noto-cjk) or set PARTYDAY_BROWSER to its path; or use --format html and print it from a browser")
        case .browserFailed(let reason):
            LocalizedText(zh: "浏览器未能生成 PDF(\(reason)),未写入任何文件", en: "the browser did not make the PDF (\(reason)); nothing was written")
        }
    }
}
