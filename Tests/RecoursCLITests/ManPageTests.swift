import Foundation
import Testing

/// `scripts/manpage.py` (used by `scripts/install`) writes recours(1) from the command's own help, accents kept.
struct ManPageTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: python != nil, "python3 is not installed")) func theManPageHasEveryCommandAndKeepsTheAccents()
        throws
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python!)
        process.arguments = [
            RecoursProcess.root.appendingPathComponent("scripts/manpage.py").path, RecoursProcess.binary.path,
        ]
        process.environment = ["PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.hasPrefix(".\\\""))
        #expect(page.contains(".Dt RECOURS 1"))
        #expect(
            page.contains("mutualité (Belgique), étape par étape"),
            "swift-argument-parser's plugin would drop the accents")
        for command in ["new", "open", "check", "export", "list", "organisms", "timeline"] {
            #expect(page.contains(".Ss \(command)\n"), "\(command)")
        }
        #expect(page.contains("Fl -lineaire"))
        #expect(!page.contains("\u{1B}"))
    }
}
