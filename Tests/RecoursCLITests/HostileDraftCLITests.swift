import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The command line on hostile drafts: every command that reads a draft exits with 2, names the file, leaves it
/// byte for byte as it was, is not killed by a signal and stays within a bounded memory (each run measured with
/// wait4). Drafts whose text holds escape sequences are read, but nothing of them reaches the terminal.
struct HostileDraftCLITests {
    static let corpus = RecoursProcess.root.appendingPathComponent("Tests/RecoursCoreTests/Corpus")

    /// A run of the binary with its peak memory.
    struct MeasuredRun {
        let status: Int32
        let signal: Int32
        let stdout: String
        let stderr: String
        /// Peak resident memory in bytes.
        let peakMemory: Int
    }

    /// Runs the binary under GNU time (`/usr/bin/time -f %M`), which reports its peak memory. (wait4 from this
    /// process would not do: on Linux a spawned child's peak counts the memory of the process that spawned it.)
    static let time = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

    static func measured(_ arguments: [String], home: URL, umask mask: mode_t? = nil, program: String? = nil) throws
        -> MeasuredRun
    {
        let out = home.appendingPathComponent(".out-\(UUID().uuidString)")
        let err = home.appendingPathComponent(".err-\(UUID().uuidString)")
        defer {
            unlink(out.path)
            unlink(err.path)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let memory = home.appendingPathComponent(".memory-\(UUID().uuidString)")
        defer { unlink(memory.path) }
        var argv: [String] = [program ?? RecoursProcess.binary.path] + arguments
        if let time = Self.time { argv = [time, "-f", "%M", "-o", memory.path] + argv }
        let environment = ["HOME=\(home.path)", "PATH=/usr/bin:/bin"]
        if let mask {
            // The umask is inherited: set it through a shell.
            argv = ["/bin/sh", "-c", "umask \(String(mask, radix: 8)); exec \"$0\" \"$@\""] + argv
        }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer {
            for arg in cArgs { free(arg) }
            for variable in cEnv { free(variable) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, &cEnv)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        var exited = status & 0x7F == 0
        var signal = exited ? 0 : status & 0x7F
        // GNU time says "Command terminated by signal N", then the peak in kilobytes.
        let report = (try? String(contentsOf: memory, encoding: .utf8)) ?? ""
        if let range = report.range(of: "terminated by signal ") {
            exited = false
            signal = Int32(report[range.upperBound...].prefix { $0.isNumber }) ?? -1
        }
        let kilobytes = report.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return MeasuredRun(
            status: exited ? (status >> 8) & 0xFF : -1, signal: signal,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", peakMemory: kilobytes * 1024)
    }

    /// Every command that reads one draft, on `file`.
    static func commands(_ file: String, drafts: String) -> [[String]] {
        [
            ["check", file, "--date", "22/11/2026", "--drafts-dir", drafts], ["export", file, "--date", "22/11/2026"],
            ["export", file, "--calendar", drafts + "/delais.ics"], ["timeline", file, "--date", "22/11/2026"],
            ["open", file, "--drafts-dir", drafts],
        ]
    }

    static func expectRefused(
        _ url: URL, cli: RecoursProcess, memoryLimit: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try Data(contentsOf: url)
        let drafts = cli.home.appendingPathComponent("drafts").path
        for command in commands(url.path, drafts: drafts) {
            let run = try measured(command, home: cli.home)
            let label = "\(url.lastPathComponent) \(command[0])"
            #expect(run.signal == 0, "\(label): killed by signal \(run.signal)", sourceLocation: sourceLocation)
            #expect(run.status == 2, "\(label): exit \(run.status) \(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.contains(url.path), "\(label): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(
                run.stderr.contains("Il n'a pas été modifié"), "\(label): \(run.stderr)", sourceLocation: sourceLocation
            )
            #expect(run.stdout.isEmpty, "\(label): \(run.stdout)", sourceLocation: sourceLocation)
            #expect(
                run.peakMemory < memoryLimit, "\(label): \(run.peakMemory / 1_048_576) MB",
                sourceLocation: sourceLocation)
        }
        #expect(try Data(contentsOf: url) == before, "\(url.lastPathComponent) changed", sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: drafts + "/delais.ics"), sourceLocation: sourceLocation)
    }

    /// The refused drafts of the corpus (truncated, binary, invalid UTF-8, nested 100,000 deep, wrong types,
    /// newer and invalid versions…), through every command.
    @Test func corpusOfRefusedDraftsExitsTwo() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let folder = Self.corpus.appendingPathComponent("drafts-refused")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names.count >= 15)
        for name in names {
            // A copy, so that the check of "untouched" is about a file the binary could have written.
            let url = cli.home.appendingPathComponent(name)
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: url)
            try Self.expectRefused(url, cli: cli, memoryLimit: 150 * 1_048_576)
        }
    }

    /// 100 MB (sparse) is refused without being read; 30 MB of garbage under the size limit is read and refused;
    /// both within a bounded memory.
    @Test func hugeDraftsExitTwoWithBoundedMemory() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let sparse = cli.home.appendingPathComponent("cent-mo.json")
        #expect(
            FileManager.default.createFile(
                atPath: sparse.path, contents: Data("{\"schemaVersion\": 1, \"title\": \"".utf8)))
        let handle = try FileHandle(forWritingTo: sparse)
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        try Self.expectRefused(sparse, cli: cli, memoryLimit: 100 * 1_048_576)
        let run = try Self.measured(["check", sparse.path], home: cli.home)
        #expect(run.stderr.contains("trop volumineux (100 Mo)"))

        let garbage = cli.home.appendingPathComponent("trente-mo.json")
        var data = Data("{\"schemaVersion\": 1, \"title\": \"".utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 30 * 1_048_576))
        try data.write(to: garbage)
        try Self.expectRefused(garbage, cli: cli, memoryLimit: 400 * 1_048_576)
    }

    /// `recours list` on a folder with bad drafts beside a good one: the good one is listed, each bad one is
    /// named on standard error, exit code 2, nothing changed.
    @Test func listShowsTheGoodDraftsAndNamesTheBadOnes() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let drafts = cli.home.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: RecoursProcess.example("partenamut-kinesitherapie")),
            to: drafts.appendingPathComponent("bon.json"))
        let folder = Self.corpus.appendingPathComponent("drafts-refused")
        let bad = [
            "binaire-elf.json", "imbrication-100000.json", "tronque-au-milieu.json", "version-2.json",
            "utf8-invalide.json",
        ]
        for name in bad {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent(name), to: drafts.appendingPathComponent(name))
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: drafts.path).sorted().map {
            try Data(contentsOf: drafts.appendingPathComponent($0))
        }
        let run = try Self.measured(["list", "--drafts-dir", drafts.path, "--date", "22/11/2026"], home: cli.home)
        #expect(run.status == 2)
        #expect(run.stdout.contains("1 brouillon dans"))
        for name in bad { #expect(run.stderr.contains(drafts.appendingPathComponent(name).path), "\(name)") }
        #expect(run.stderr.contains("mettez Recours à jour"))
        #expect(run.stderr.contains("imbriqué sur plus de 512 niveaux"))
        #expect(run.stderr.contains("pas du texte UTF-8"))
        let after = try FileManager.default.contentsOfDirectory(atPath: drafts.path).sorted().map {
            try Data(contentsOf: drafts.appendingPathComponent($0))
        }
        #expect(after == before)
    }

    /// Odd but valid drafts (unknown keys, a BOM, brackets in strings, escape sequences in the texts): read.
    @Test func acceptedCorpusDraftsAreRead() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let folder = Self.corpus.appendingPathComponent("drafts-accepted")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let run = try Self.measured(
                ["check", folder.appendingPathComponent(name).path, "--date", "22/11/2026"], home: cli.home)
            #expect(run.signal == 0 && (run.status == 0 || run.status == 1), "\(name): \(run.status) \(run.stderr)")
        }
    }

    // MARK: Nothing raw reaches the terminal

    static func controlCharacters(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { ($0 < 0x20 && $0 != 0x0A) || (0x7F..<0xA0).contains($0) }
    }

    /// A draft whose texts hold terminal escape sequences (set the title, clear the screen, colours, C1 CSI) and
    /// control characters, in the fields that messages quote back (dates, e-mail, NISS, the fund's name):
    /// no command prints a control character, whether on standard output or standard error; nor do the letter and
    /// the calendar files.
    @Test func escapeSequencesInADraftNeverReachTheTerminal() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let data = try Data(contentsOf: URL(fileURLWithPath: RecoursProcess.example("partenamut-kinesitherapie")))
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let escape = "\u{1B}]0;PWNED\u{7}\u{1B}[2J\u{1B}[31m\u{9B}1m\u{0}\u{7F}"
        json["title"] = "Titre \(escape) fin"
        var member = try #require(json["member"] as? [String: Any])
        member["email"] = "x\(escape)@"
        member["nationalNumber"] = "85\(escape)0730"
        member["lastName"] = "Nom\(escape)"
        json["member"] = member
        var dispute = try #require(json["dispute"] as? [String: Any])
        dispute["incidentDate"] = "\(escape)01/02/2026"
        dispute["facts"] = "Des faits \(escape) avec dix mots au moins pour la règle, vraiment."
        json["dispute"] = dispute
        json["fund"] = [
            "organismId": "autre", "customName": "Caisse \(escape)", "customAddress": "Rue \(escape)\n1000 Bruxelles",
        ]
        let drafts = cli.home.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        let url = drafts.appendingPathComponent("\u{1B}]0;fichier\u{7}.json")
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        let letter = cli.home.appendingPathComponent("lettre.txt")
        let calendar = cli.home.appendingPathComponent("delais.ics")
        for command in [
            ["check", url.path, "--date", "22/11/2026"], ["list", "--drafts-dir", drafts.path, "--date", "22/11/2026"],
            ["timeline", url.path, "--date", "22/11/2026"], ["export", url.path, "--date", "22/11/2026", "--force"],
            ["export", url.path, "--date", "22/11/2026", "--stage", "1", "--force"],
            [
                "export", url.path, "--stage", "1", "--output", letter.path, "--calendar", calendar.path, "--force",
                "--date", "22/11/2026",
            ],
        ] {
            let run = try Self.measured(command, home: cli.home)
            #expect(run.signal == 0 && run.status != 2, "\(command[0]): \(run.status) \(run.stderr)")
            #expect(
                Self.controlCharacters(run.stdout).isEmpty, "\(command) stdout: \(Self.controlCharacters(run.stdout))")
            #expect(
                Self.controlCharacters(run.stderr).isEmpty, "\(command) stderr: \(Self.controlCharacters(run.stderr))")
        }

        // A draft with escapes only in free texts can be exported: the letter and the calendar carry none.
        var exportable = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        exportable["title"] = "Titre \(escape)"
        var freeText = try #require(exportable["dispute"] as? [String: Any])
        for key in ["facts", "whyUnsatisfied", "expectations"] {
            freeText[key] = "\(escape)" + ((freeText[key] as? String) ?? "") + " \(escape)"
        }
        exportable["dispute"] = freeText
        let clean = cli.home.appendingPathComponent("exportable.json")
        try JSONSerialization.data(withJSONObject: exportable).write(to: clean)
        let run = try Self.measured(
            [
                "export", clean.path, "--output", letter.path, "--calendar", calendar.path, "--force", "--date",
                "22/11/2026",
            ], home: cli.home)
        #expect(run.status == 0, "\(run.stderr)")
        for file in [letter, calendar] {
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "\r", with: "")
            #expect(Self.controlCharacters(text).isEmpty, "\(file.lastPathComponent)")
        }
    }

    // MARK: Privacy

    /// Under `umask 000` the exported letter and calendar are 0600.
    @Test func exportedFilesArePrivateUnderAnOpenUmask() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let out = cli.home.appendingPathComponent("sortie")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let letter = out.appendingPathComponent("lettre.txt")
        let calendar = out.appendingPathComponent("delais.ics")
        let run = try Self.measured(
            [
                "export", RecoursProcess.example("partenamut-kinesitherapie"), "--output", letter.path, "--calendar",
                calendar.path,
                "--date", "22/11/2026",
            ], home: cli.home, umask: 0)
        #expect(run.status == 0, "\(run.stderr)")
        for file in [letter, calendar] {
            var info = stat()
            #expect(stat(file.path, &info) == 0)
            #expect(
                info.st_mode & 0o777 == 0o600, "\(file.lastPathComponent): \(String(info.st_mode & 0o777, radix: 8))")
        }
    }

    /// Nothing leaves the machine: the binary links no networking library and imports no socket call.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/readelf")
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/nm"), "needs binutils"))
    func theBinaryHasNoNetworking() throws {
        let binary = RecoursProcess.binary.path
        let needed = try Self.output("/usr/bin/readelf", ["-d", binary])
        #expect(needed.contains("libFoundation"), "readelf works")
        for library in ["FoundationNetworking", "libcurl", "libssl", "libnghttp"] {
            #expect(!needed.contains(library), "\(library) is linked")
        }
        let imports = Set(
            try Self.output("/usr/bin/nm", ["-D", "--undefined-only", binary]).split(separator: "\n").compactMap {
                $0.split(separator: " ").last.map { String($0.split(separator: "@").first ?? $0) }
            })
        #expect(imports.contains("fsync") && imports.contains("rename"), "nm works")
        for call in ["socket", "connect", "getaddrinfo", "gethostbyname", "sendto", "sendmsg", "bind"] {
            #expect(!imports.contains(call), "\(call) is imported")
        }
    }

    /// And at run time: the commands make no Internet socket (strace, where installed).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "needs strace"))
    func theCommandsOpenNoInternetSocket() throws {
        let cli = RecoursProcess()
        defer { cli.cleanUp() }
        let trace = cli.home.appendingPathComponent("trace")
        let example = RecoursProcess.example("partenamut-kinesitherapie")
        for command in [["check", example], ["export", example, "--date", "22/11/2026"], ["list"], ["organisms"]] {
            let run = try Self.measured(
                ["-f", "-e", "trace=socket,connect", "-o", trace.path, RecoursProcess.binary.path] + command,
                home: cli.home,
                program: "/usr/bin/strace")
            #expect(run.status == 0 || run.status == 1, "\(command): \(run.stderr)")
            let calls = try String(contentsOf: trace, encoding: .utf8)
            for family in ["AF_INET", "AF_INET6", "AF_PACKET"] {
                #expect(!calls.contains(family), "\(command): \(calls)")
            }
        }
    }

    static func output(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
