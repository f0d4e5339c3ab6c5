import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGKILL at random moments while text is typed and saved (autosave and Ctrl-S), 100 times (2,000 with
/// `RECOURS_LONG_TESTS=1`), each time on the real binary in a pseudo-terminal of its own. Every time:
/// - the draft on disk parses, and its title is what was there before the kill, possibly followed by some of
///   what was typed since: never less than what was on disk just before the kill, never anything else;
/// - the temporary file of a save cut short is removed by the next start, before anything else happens.
@Suite(.serialized) struct FaultKillTests {
    static let iterations = ProcessInfo.processInfo.environment["RECOURS_LONG_TESTS"] == "1" ? 2_000 : 100

    /// What is typed, in order: accents (two-byte UTF-8), a three-byte dash, digits that tell where we are.
    static func stream(from index: Int, count: Int) -> String {
        let pattern = Array("Réclamation n° 12 — déjà payé ; ")
        return String((index..<(index + count)).map { pattern[$0 % pattern.count] })
    }

    static func title(of url: URL) -> String? {
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["schemaVersion"] as? Int == 1
        else { return nil }
        return object["title"] as? String
    }

    static func leftovers(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.contains(".tmp-") }
    }

    @Test func killedAtRandomMomentsTheDraftParsesAndKeepsWhatWasSaved() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("recours-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let drafts = home.appendingPathComponent("drafts")
        let environment = [
            "HOME": home.path, "TERM": "xterm-256color", "PATH": "/usr/bin:/bin", "RECOURS_DRAFTS_DIR": drafts.path,
        ]
        let binary = TmuxSession.binary.path
        var random = SystemRandomNumberGenerator()
        let clock = ContinuousClock()
        let started = clock.now

        // The first run creates the draft.
        let first = try PseudoTerminal(binary, ["new"], environment: environment)
        #expect(first.waitForOutput("cran 1/"), "the wizard did not start")
        var draft: URL?
        for _ in 0..<500 where draft == nil {
            draft = ((try? FileManager.default.contentsOfDirectory(at: drafts, includingPropertiesForKeys: nil)) ?? [])
                .first { $0.pathExtension == "json" }
            usleep(10_000)
        }
        kill(first.pid, SIGKILL)
        first.waitForExit()
        let url = try #require(draft)

        var typedSoFar = 0
        var leftoversSeen = 0
        var killsWhileStarting = 0
        var growth = 0
        for iteration in 0..<Self.iterations {
            let base = try #require(Self.title(of: url), "iteration \(iteration): the draft does not parse")
            let session = try PseudoTerminal(binary, ["open", url.path], environment: environment)
            var typed = ""
            if Int.random(in: 0..<10, using: &random) == 0 {
                // Killed while starting (reading the draft, cleaning up, setting up the terminal).
                usleep(UInt32.random(in: 0...40_000, using: &random))
                killsWhileStarting += 1
            } else {
                #expect(session.waitForOutput("cran 1/"), "iteration \(iteration): the wizard did not start")
                // The start removed what an earlier kill left behind, before any save of this run.
                #expect(Self.leftovers(in: drafts).isEmpty, "iteration \(iteration): \(Self.leftovers(in: drafts))")
                let deadline = Date().addingTimeInterval(Double.random(in: 0.02...0.25, using: &random))
                while Date() < deadline {
                    let chunk = Self.stream(
                        from: typedSoFar + typed.count, count: Int.random(in: 1...6, using: &random))
                    session.type(chunk)
                    typed += chunk
                    if Int.random(in: 0..<3, using: &random) == 0 { session.type("\u{13}") }  // Ctrl-S
                    usleep(UInt32.random(in: 0...12_000, using: &random))
                }
            }
            let before = Self.title(of: url)
            kill(session.pid, SIGKILL)
            session.waitForExit()

            let after = try #require(
                Self.title(of: url), "iteration \(iteration): the draft does not parse after the kill")
            #expect(before.map { after.hasPrefix($0) } == true, "iteration \(iteration): lost what was saved")
            #expect(
                after.hasPrefix(base) && (base + typed).hasPrefix(after),
                "iteration \(iteration): « \(after.suffix(40)) »")
            leftoversSeen += Self.leftovers(in: drafts).count
            growth += after.count - base.count
            typedSoFar += after.count - base.count
        }
        // A last start cleans up; the dossier opens.
        let last = try PseudoTerminal(binary, ["open", url.path], environment: environment)
        #expect(last.waitForOutput("cran 1/"))
        #expect(Self.leftovers(in: drafts).isEmpty)
        last.type("\u{11}")  // Ctrl-Q
        let status = last.waitForExit()
        #expect(status == 0, "exit status \(status)")
        #expect(try String(contentsOf: url, encoding: .utf8).contains("\"schemaVersion\" : 1"))

        let elapsed = clock.now - started
        print(
            "FaultKillTests: \(Self.iterations) kills in \(elapsed): \(killsWhileStarting) while starting, "
                + "\(leftoversSeen) temporary files left by a kill (removed at the next start), \(growth) characters saved"
        )
        #expect(growth > 0, "nothing was ever saved: the test did not test")
    }
}
