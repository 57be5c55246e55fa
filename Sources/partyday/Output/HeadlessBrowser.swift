import Foundation
import PartyDayModel
#if canImport(Glibc)
import Glibc
#endif

/// Prints an HTML paper to PDF with a headless Chromium (A4, as the page's own style asks), when one
/// is installed: `$PARTYDAY_BROWSER`, else `chromium`, `chromium-browser` or `google-chrome` on the
/// path. The wait is bounded and said on standard error; nothing is left behind in a temporary folder.
enum HeadlessBrowser {
    /// How long the browser may take before it is stopped.
    static let timeout: TimeInterval = 120

    /// The browser to use, or nil when none is installed.
    static func find() -> String? {
        let environment = ProcessEnvironment.current
        if let chosen = environment["PARTYDAY_BROWSER"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in path where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") { return "\(folder)/\(name)" }
        }
        return nil
    }

    /// The PDF of an HTML page.
    static func printToPDF(html: String, language: Language) throws(CommandLineError) -> Data {
        guard let browser = find() else { throw .noBrowser }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(path: folder.path, reason: LocalizedText(zh: error.localizedDescription, en: error.localizedDescription))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("paper.html"), pdf = folder.appendingPathComponent("paper.pdf")
        do { try Data(html.utf8).write(to: page) } catch {
            throw .cannotWrite(path: page.path, reason: LocalizedText(zh: error.localizedDescription, en: error.localizedDescription))
        }
        Console.error(LocalizedText(zh: "正在用 \(browser) 生成 PDF(最多 \(Int(timeout)) 秒,Ctrl-C 取消)……", en: "Making the PDF with \(browser) (up to \(Int(timeout)) s; Ctrl-C cancels)…")(language) + "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .browserFailed(error.localizedDescription) }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw .browserFailed(LocalizedText(zh: "超过 \(Int(timeout)) 秒", en: "over \(Int(timeout)) s")(language))
        }
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
            throw .browserFailed(LocalizedText(zh: "退出码 \(process.terminationStatus)", en: "exit status \(process.terminationStatus)")(language))
        }
        return data
    }
}
