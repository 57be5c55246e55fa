#if canImport(Glibc)
import Glibc
#endif

/// Why the system refused a file operation, in the user's language: the common reasons worded, any
/// other given as its number with the system's own (English) text quoted after.
public enum SystemReason {
    /// The reason for an `errno` value.
    public static func text(errno code: Int32) -> LocalizedText {
        switch code {
        case ENOSPC, EDQUOT: LocalizedText(zh: "磁盘已满", en: "the disk is full")
        case EACCES, EPERM: LocalizedText(zh: "没有权限", en: "permission denied")
        case EROFS: LocalizedText(zh: "所在磁盘只读", en: "the disk is read-only")
        case ENOENT, ENOTDIR: LocalizedText(zh: "文件夹不存在", en: "the folder does not exist")
        case EEXIST: LocalizedText(zh: "文件已存在", en: "the file already exists")
        case EISDIR: LocalizedText(zh: "这是一个文件夹", en: "it is a folder")
        case ENAMETOOLONG: LocalizedText(zh: "文件名太长", en: "the name is too long")
        case EIO: LocalizedText(zh: "磁盘读写出错", en: "the disk reported an input/output error")
        case EFBIG: LocalizedText(zh: "文件超过了允许的大小", en: "the file is larger than allowed")
        default:
            LocalizedText(
                zh: "系统错误 \(code)(“\(String(cString: strerror(code)))”)",
                en: "system error \(code) (“\(String(cString: strerror(code)))”)")
        }
    }
}
