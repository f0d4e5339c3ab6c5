import Foundation

/// Runs the built `recours` binary as a separate process, as a user would.
struct RecoursProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary sits next to the test bundle in the build folder.
    static var binary: URL {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map {
                URL(fileURLWithPath: $0)
            } ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = exe.deletingLastPathComponent()
        // On Linux the tests run from `.build/<config>/recoursPackageTests.xctest`.
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("recours")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/recours")
    }

    /// A private home, data and config folder for one test, removed by `cleanUp()`.
    let home: URL

    init() {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("recours-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: home) }

    var draftsDirectory: URL { home.appendingPathComponent(".local/share/recours/drafts") }
    var configDirectory: URL { home.appendingPathComponent(".config/recours") }

    /// Runs the binary; `input`, when given, is its standard input (a pipe, closed after it), else /dev/null.
    func run(
        _ arguments: [String], environment extra: [String: String] = [:], in directory: URL? = nil,
        input: String? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        // A clean environment, like CI's: no LANG, a private HOME.
        var environment = ["HOME": home.path, "PATH": "/usr/bin:/bin"]
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.currentDirectoryURL = directory ?? home
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            // Written from another thread: the child may fill its output pipe before it has read all its input.
            let writer = inputPipe.fileHandleForWriting
            let data = Data(input.utf8)
            DispatchQueue.global().async {
                writer.write(data)
                try? writer.close()
            }
        }
        // Read before waiting, so that a large output cannot fill the pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func example(_ name: String) -> String {
        root.appendingPathComponent("Examples/\(name).json").path
    }
}
