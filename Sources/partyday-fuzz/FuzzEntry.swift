import Foundation

#if FUZZING
/// libFuzzer's driver, which parses its own flags and calls `fuzzOneInput` for each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// The program's entry under SwiftPM's name for it: hands the process to libFuzzer.
@_cdecl("partyday_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { start, size in fuzzOneInput(start, size) }
}

/// libFuzzer's entry: runs the target `PARTYDAY_FUZZ_TARGET` names on one input; a broken promise
/// stops the run so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    do {
        try FuzzSelection.target.run(data)
    } catch {
        fatalError("\(FuzzSelection.target.rawValue): \(error.description)")
    }
    return 0
}

/// The target this fuzzing process runs, read once from the environment.
enum FuzzSelection {
    static let target: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["PARTYDAY_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            fatalError("set PARTYDAY_FUZZ_TARGET to one of: \(names)")
        }
        return target
    }()
}
#else
/// Replays inputs through a target without the fuzzer: `partyday-fuzz TARGET FILE|FOLDER...`.
///
/// The test suite replays the seed corpus and every crash ever found this way, so each stays fixed.
@main
enum FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: partyday-fuzz \(names) FILE|FOLDER...\n".utf8))
            exit(2)
        }
        var failures = 0
        var inputs = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                inputs += 1
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
                    failures += 1
                    continue
                }
                do {
                    try target.run(data)
                } catch {
                    FileHandle.standardError.write(Data("\(file): \(error.description)\n".utf8))
                    failures += 1
                }
            }
        }
        print("\(target.rawValue): \(inputs) inputs, \(failures) failed")
        exit(failures == 0 ? 0 : 1)
    }

    /// The file at a path, or the files in a folder, in name order.
    private static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
    }
}
#endif
