import Foundation
import Testing

@testable import RecoursCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Draft files: JSON format, refusal of unreadable files, private and atomic writes.
/// Serialized because one test changes the process umask.
@Suite(.serialized) struct DraftStoreTests {
    static let created = Date(timeIntervalSince1970: 1_770_000_000)  // 2026-02-02T02:40:00Z

    /// A dossier with every part filled in, dates on whole seconds (ISO 8601 keeps no fractions).
    static func sample(id: String = "k7m2p9q4rs", updatedAt: Date? = nil) -> Dossier {
        var dossier = Fixtures.french(.court)
        dossier.id = id
        dossier.title = "Lunettes « progressives » — refus"
        dossier.createdAt = created
        dossier.updatedAt = updatedAt ?? created.addingTimeInterval(3_600)
        dossier.disputeKind = .complementaryInsurance
        dossier.dispute.facts = "Première ligne.\nDeuxième ligne avec des \"guillemets\", un \\ et 100 €."
        dossier.dispute.attachments.append(Attachment(description: "Devis", date: "", path: "~/Documents/devis.pdf"))
        dossier.resumePoint = ResumePoint(screen: "dispute", field: "facts")
        return dossier
    }

    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    static func names(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    /// Loads `url`, expecting a DraftError whose message names the file; checks the file was left untouched.
    @discardableResult
    static func expectLoadFailure(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) -> DraftError? {
        let before = try? Data(contentsOf: url)
        var caught: DraftError?
        do {
            _ = try DraftStore.load(url)
            Issue.record("\(url.lastPathComponent) was loaded", sourceLocation: sourceLocation)
        } catch {
            caught = error
            #expect(error.message.contains(url.path), "\(error.message)", sourceLocation: sourceLocation)
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)", sourceLocation: sourceLocation)
        }
        #expect((try? Data(contentsOf: url)) == before, "the file changed", sourceLocation: sourceLocation)
        return caught
    }

    static func isUnreadable(_ error: DraftError?, path: String) -> Bool {
        if case .unreadable(let p, let reason)? = error { return p == path && !reason.isEmpty }
        return false
    }

    // MARK: Format

    @Test func jsonRoundTrip() throws {
        let dossier = Self.sample()
        let decoded = try DraftStore.decode(DraftStore.encode(dossier), path: "memoire.json")
        #expect(decoded == dossier)
    }

    @Test func fileRoundTrip() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let store = DraftStore(directory: directory)
        let dossier = Self.sample()
        let url = try store.save(dossier)
        #expect(url == store.fileURL(for: dossier))
        #expect(url.lastPathComponent == "k7m2p9q4rs.json")
        #expect(try DraftStore.load(url) == dossier)
        // Saving again (an update) replaces the file.
        var changed = dossier
        changed.dispute.amount = "99"
        changed.updatedAt = Self.created.addingTimeInterval(7_200)
        try store.save(changed)
        #expect(try DraftStore.load(url) == changed)
    }

    @Test func emptyDossierRoundTrips() throws {
        let empty = Dossier(id: "vide", createdAt: Self.created)
        #expect(try DraftStore.decode(DraftStore.encode(empty), path: "vide.json") == empty)
    }

    @Test func encodingIsPrettyPrintedWithTheSchemaVersion() throws {
        let text = try #require(String(data: DraftStore.encode(Self.sample()), encoding: .utf8))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\n  \""))
        #expect(text.hasPrefix("{\n"))
        #expect(text.hasSuffix("}\n"))
        // Dates in ISO 8601, paths without escaped slashes, keys sorted.
        #expect(text.contains("\"createdAt\" : \"2026-02-02T02:40:00Z\""))
        #expect(text.contains("\"updatedAt\" : \"2026-02-02T03:40:00Z\""))
        #expect(text.contains("/home/membre/documents/decision.pdf"))
        #expect(!text.contains("\\/"))
        let country = try #require(text.range(of: "\"country\""))
        let created = try #require(text.range(of: "\"createdAt\""))
        let version = try #require(text.range(of: "\"schemaVersion\""))
        #expect(country.lowerBound < created.lowerBound && created.lowerBound < version.lowerBound)
    }

    @Test func newDossierHasTheCurrentSchemaVersion() {
        #expect(Dossier().schemaVersion == Dossier.currentSchemaVersion)
        #expect(Dossier.currentSchemaVersion == 1)
        #expect(Dossier().id.count == 10)
        #expect(Dossier().id != Dossier().id)
    }

    // MARK: Unreadable drafts

    @Test func notJSON() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        for (name, content) in [
            ("texte.json", Data("Bonjour, ceci n'est pas un brouillon.".utf8)), ("vide.json", Data()),
            ("binaire.json", Data([0xFF, 0xFE, 0x00, 0x7B, 0xC3])), ("liste.json", Data("[1, 2, 3]".utf8)),
            ("nombre.json", Data("42".utf8)),
        ] {
            let url = directory.appendingPathComponent(name)
            try content.write(to: url)
            let error = Self.expectLoadFailure(url)
            #expect(Self.isUnreadable(error, path: url.path), "\(name): \(String(describing: error))")
        }
    }

    @Test func truncatedDrafts() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let data = DraftStore.encode(Self.sample())
        for length in [
            1, 2, 10, 57, 200, data.count / 3, data.count / 2, data.count - 100, data.count - 3, data.count - 2,
        ] {
            let url = directory.appendingPathComponent("tronque-\(length).json")
            try data.prefix(length).write(to: url)
            let error = Self.expectLoadFailure(url)
            #expect(Self.isUnreadable(error, path: url.path), "cut at \(length): \(String(describing: error))")
        }
    }

    /// Replaces a piece of the encoded sample and writes it.
    static func writeVariant(in directory: URL, name: String, replacing old: String, with new: String) throws -> URL {
        let text = try #require(String(data: DraftStore.encode(sample()), encoding: .utf8))
        #expect(text.contains(old), "the sample has no \(old)")
        let url = directory.appendingPathComponent(name)
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        return url
    }

    @Test func wrongTypesNameTheField() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let cases: [(String, String, String, String)] = [
            ("stage-texte.json", "\"currentStage\" : 4", "\"currentStage\" : \"x\"", "currentStage"),
            ("stage-9.json", "\"currentStage\" : 4", "\"currentStage\" : 9", "currentStage"),
            ("pays.json", "\"country\" : \"FR\"", "\"country\" : \"DE\"", "country"),
            ("nom.json", "\"lastName\" : \"Le Bœuf\"", "\"lastName\" : 12", "member.lastName"),
            ("pieces.json", "\"attachments\" : [", "\"attachments\" : {\"x\": [", "attachments"),
            ("id.json", "\"id\" : \"k7m2p9q4rs\",", "", "id"),
        ]
        for (name, old, new, field) in cases {
            let url = try Self.writeVariant(in: directory, name: name, replacing: old, with: new)
            let error = Self.expectLoadFailure(url)
            #expect(Self.isUnreadable(error, path: url.path), "\(name): \(String(describing: error))")
            if name != "pieces.json" {
                #expect(error?.message.contains(field) == true, "\(name): \(error?.message ?? "")")
            }
        }
    }

    /// A draft whose JSON is fine but one date is not: the message must not call the file truncated.
    @Test func badDateNamesTheField() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = try Self.writeVariant(
            in: directory, name: "date.json", replacing: "\"createdAt\" : \"2026-02-02T02:40:00Z\"",
            with: "\"createdAt\" : \"hier\"")
        let error = Self.expectLoadFailure(url)
        #expect(Self.isUnreadable(error, path: url.path))
        #expect(error?.message.contains("createdAt") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("tronqué") == false, "\(error?.message ?? "")")
    }

    @Test func newerSchemaVersionAsksForAnUpdate() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = try Self.writeVariant(
            in: directory, name: "futur.json", replacing: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 99")
        let error = Self.expectLoadFailure(url)
        #expect(error == .newerFormat(path: url.path, version: 99))
        #expect(error?.message.contains("99") == true)
        // A newer draft is refused on its version even when the rest would not decode.
        let strange = directory.appendingPathComponent("futur-autre.json")
        try Data(#"{"schemaVersion": 2, "toutAutreChose": true}"#.utf8).write(to: strange)
        #expect(Self.expectLoadFailure(strange) == .newerFormat(path: strange.path, version: 2))
    }

    @Test func invalidSchemaVersions() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        for (name, value) in [
            ("zero.json", "0"), ("negatif.json", "-1"), ("texte.json", "\"1\""), ("null.json", "null"),
        ] {
            let url = try Self.writeVariant(
                in: directory, name: name, replacing: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : \(value)")
            let error = Self.expectLoadFailure(url)
            #expect(Self.isUnreadable(error, path: url.path), "\(name): \(String(describing: error))")
        }
        let missing = try Self.writeVariant(
            in: directory, name: "sans.json", replacing: "\"schemaVersion\" : 1,", with: "")
        #expect(Self.isUnreadable(Self.expectLoadFailure(missing), path: missing.path))
    }

    @Test func directoryInsteadOfAFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("dossier.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let error = Self.expectLoadFailure(url)
        #expect(Self.isUnreadable(error, path: url.path))
    }

    @Test func missingFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("absent.json")
        let error = Self.expectLoadFailure(url)
        #expect(Self.isUnreadable(error, path: url.path))
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func tooLargeIsRefusedBeforeReading() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("enorme.json")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("{".utf8)))
        let size = DraftStore.maximumDraftSize + 1
        // A sparse file: no 32 MB written to the disk.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        let error = Self.expectLoadFailure(url)
        #expect(error == .tooLarge(path: url.path, bytes: size))
    }

    @Test func unreadablePermissions() throws {
        // root reads a 0000 file anyway: nothing to check then.
        guard getuid() != 0 else { return }
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("prive.json")
        try DraftStore.encode(Self.sample()).write(to: url)
        chmod(url.path, 0)
        defer { chmod(url.path, 0o600) }
        let error = Self.expectLoadFailure(url)
        #expect(Self.isUnreadable(error, path: url.path))
    }

    // MARK: Saving

    @Test func saveRefusesToOverwriteAnUnreadableFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let dossier = Self.sample()
        let newer = try #require(
            String(data: DraftStore.encode(dossier), encoding: .utf8)?.replacingOccurrences(
                of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 7"))
        for (name, content) in [
            ("notes.json", Data("Mes notes personnelles, à ne pas perdre.".utf8)),
            ("tronque.json", DraftStore.encode(dossier).prefix(300)), ("futur.json", Data(newer.utf8)),
            ("vide.json", Data()),
        ] {
            let url = directory.appendingPathComponent(name)
            try content.write(to: url)
            #expect(throws: DraftError.wouldOverwriteUnreadable(path: url.path)) {
                try DraftStore.save(dossier, to: url)
            }
            #expect(try Data(contentsOf: url) == content, "\(name) changed")
            #expect(DraftError.wouldOverwriteUnreadable(path: url.path).message.contains(url.path))
        }
        // A folder in the way is not replaced either.
        let folder = directory.appendingPathComponent("dossier.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        #expect(throws: DraftError.wouldOverwriteUnreadable(path: folder.path)) {
            try DraftStore.save(dossier, to: folder)
        }
        #expect(Self.names(in: directory).allSatisfy { !$0.contains(AtomicFile.temporaryMarker) })
    }

    /// A draft this process saved is not read back before the next save, but only while its file is the one
    /// written: replaced, rewritten or touched behind the program's back, it is checked again, and refused when it
    /// is no longer a draft.
    @Test func aFileChangedBehindTheProgramsBackIsCheckedAgainAfterASave() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let dossier = Self.sample()
        let url = directory.appendingPathComponent("brouillon.json")
        try DraftStore.save(dossier, to: url)
        #expect(WrittenDrafts.shared.isUnchanged(url.path))
        try DraftStore.save(dossier, to: url)
        #expect(WrittenDrafts.shared.isUnchanged(url.path), "its own save: still known")
        let notes = Data("Mes notes personnelles, à ne pas perdre.".utf8)
        for change in ["rewritten in place", "replaced by another file"] {
            if change == "rewritten in place" {
                let handle = try FileHandle(forWritingTo: url)
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: notes)
                try handle.close()
            } else {
                let other = directory.appendingPathComponent("autre")
                try notes.write(to: other)
                _ = rename(other.path, url.path)
            }
            #expect(!WrittenDrafts.shared.isUnchanged(url.path), "\(change)")
            #expect(throws: DraftError.wouldOverwriteUnreadable(path: url.path), "\(change)") {
                try DraftStore.save(dossier, to: url)
            }
            #expect(try Data(contentsOf: url) == notes, "\(change): the file is left as it is")
            try DraftStore.encode(dossier).write(to: url)
            try DraftStore.save(dossier, to: url)
        }
    }

    @Test func saveReplacesAReadableDraft() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("brouillon.json")
        try DraftStore.save(Self.sample(), to: url)
        var other = Self.sample(id: "autre")
        other.title = "Autre"
        try DraftStore.save(other, to: url)
        #expect(try DraftStore.load(url) == other)
    }

    @Test func filesArePrivateEvenWithAnOpenUmask() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let previous = umask(0)
        defer { umask(previous) }

        // A folder that does not exist yet (nor its parent).
        let drafts = directory.appendingPathComponent("donnees").appendingPathComponent("brouillons")
        let store = DraftStore(directory: drafts)
        let url = try store.save(Self.sample())
        #expect(Self.mode(url) == 0o600, "file mode \(String(Self.mode(url), radix: 8))")
        #expect(Self.mode(drafts) == 0o700, "folder mode \(String(Self.mode(drafts), radix: 8))")

        // An existing folder open to everyone is closed; an existing file open to everyone is replaced by a private one.
        let open = directory.appendingPathComponent("ouvert")
        try FileManager.default.createDirectory(at: open, withIntermediateDirectories: false)
        chmod(open.path, 0o777)
        let openFile = open.appendingPathComponent("k7m2p9q4rs.json")
        try DraftStore.encode(Self.sample()).write(to: openFile)
        chmod(openFile.path, 0o666)
        try DraftStore(directory: open).save(Self.sample())
        #expect(Self.mode(open) == 0o700)
        #expect(Self.mode(openFile) == 0o600)

        // A folder the user chose for `save(_:to:)` keeps its mode; the file is private all the same.
        let chosen = directory.appendingPathComponent("choisi")
        try FileManager.default.createDirectory(at: chosen, withIntermediateDirectories: false)
        chmod(chosen.path, 0o755)
        let chosenFile = chosen.appendingPathComponent("mon-brouillon.json")
        try DraftStore.save(Self.sample(), to: chosenFile)
        #expect(Self.mode(chosen) == 0o755)
        #expect(Self.mode(chosenFile) == 0o600)
        try DraftStore.save(Self.sample(), to: chosen.appendingPathComponent("prive.json"), makeFolderPrivate: true)
        #expect(Self.mode(chosen) == 0o700)

        // AtomicFile itself, with another mode.
        let plain = directory.appendingPathComponent("lettre.txt")
        try AtomicFile.write(Data("Madame, Monsieur,".utf8), to: plain, mode: 0o644)
        #expect(Self.mode(plain) == 0o644)
    }

    /// `-o /dev/null` or a named pipe: written to, never replaced by a file (as root, renaming a new file over
    /// /dev/null replaced the device), and not an existing file to protect with --force.
    @Test func aPipeOrADeviceIsWrittenToAndNeverReplaced() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let fifo = directory.appendingPathComponent("tuyau")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // Read end first, without blocking: the write then finds a reader, and the test cannot hang.
        let reader = open(fifo.path, O_RDWR | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        #expect(ExportPolicy.targetProblem(fifo, overwrite: false) == nil)
        try AtomicFile.write(Data("Madame, Monsieur,".utf8), to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0 && String(decoding: buffer[..<max(0, count)], as: UTF8.self) == "Madame, Monsieur,")
        var info = stat()
        #expect(stat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(Self.names(in: directory) == ["tuyau"])
        #expect(ExportPolicy.targetProblem(URL(fileURLWithPath: "/dev/null"), overwrite: false) == nil)
    }

    @Test func atomicSaveLeavesNoTemporaryFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let store = DraftStore(directory: directory)
        for index in 0..<5 {
            var dossier = Self.sample(id: "d\(index % 2)")
            dossier.title = "Version \(index)"
            try store.save(dossier)
        }
        #expect(Self.names(in: directory) == ["d0.json", "d1.json"])
        #expect(try DraftStore.load(directory.appendingPathComponent("d0.json")).title == "Version 4")
    }

    @Test func removeLeftovers() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let marker = AtomicFile.temporaryMarker
        for name in [
            ".abc.json\(marker)1234", ".abc.json\(marker)", ".x\(marker)99", "abc.json", "notes\(marker)1", ".cache",
        ] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        #expect(AtomicFile.removeLeftovers(in: directory) == 3)
        #expect(Self.names(in: directory) == [".cache", "abc.json", "notes\(marker)1"])
        #expect(AtomicFile.removeLeftovers(in: directory) == 0)
        #expect(AtomicFile.removeLeftovers(in: directory.appendingPathComponent("absent")) == 0)
    }

    @Test func readOnlyFolder() throws {
        // root writes into a 0500 folder anyway: only checked for an ordinary user.
        guard getuid() != 0 else { return }
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        chmod(directory.path, 0o500)
        defer { chmod(directory.path, 0o700) }
        let url = directory.appendingPathComponent("brouillon.json")
        do {
            try DraftStore.save(Self.sample(), to: url)
            Issue.record("saved into a read-only folder")
        } catch {
            guard case .write(.system(let path, let code, _)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == directory.path)
            #expect(code == Int(EACCES))
            #expect(error.message.contains("droit"))
            #expect(TestSupport.isFrenchSentence(error.message))
        }
        #expect(Self.names(in: directory).isEmpty)
    }

    @Test func draftsFolderIsARegularFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let file = directory.appendingPathComponent("fichier")
        try Data("x".utf8).write(to: file)
        #expect(throws: DraftError.write(.notADirectory(file.path))) {
            try DraftStore(directory: file).save(Self.sample())
        }
        let message = DraftError.write(.notADirectory(file.path)).message
        #expect(message.contains(file.path))
        #expect(TestSupport.isFrenchSentence(message), "\(message)")
        #expect(try Data(contentsOf: file) == Data("x".utf8))
        #expect(Self.mode(file) != 0o700)
    }

    @Test func parentOfTheChosenFileIsARegularFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let file = directory.appendingPathComponent("fichier")
        try Data("x".utf8).write(to: file)
        do {
            try DraftStore.save(Self.sample(), to: file.appendingPathComponent("brouillon.json"))
            Issue.record("saved under a regular file")
        } catch {
            guard case .write(.system(let path, let code, _)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == file.path)
            #expect(code == Int(ENOTDIR))
            #expect(error.message.contains(path))
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)")
        }
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test func chosenFolderDoesNotExist() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let missing = directory.appendingPathComponent("absent")
        do {
            try DraftStore.save(Self.sample(), to: missing.appendingPathComponent("brouillon.json"))
            Issue.record("saved into a missing folder")
        } catch {
            guard case .write(.system(let path, let code, _)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == missing.path)
            #expect(code == Int(ENOENT))
            #expect(error.message.contains("n'existe"))
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func draftsFolderCannotBeCreatedUnderARegularFile() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let file = directory.appendingPathComponent("fichier")
        try Data("x".utf8).write(to: file)
        let drafts = file.appendingPathComponent("brouillons")
        do {
            try DraftStore(directory: drafts).save(Self.sample())
            Issue.record("saved under a regular file")
        } catch {
            guard case .write(.system(let path, let code, _)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == drafts.path)
            // The system's error number (ENOTDIR), not a Foundation error code.
            #expect(code == Int(ENOTDIR), "code \(code)")
            let message = error.message
            #expect(message.contains(path))
            #expect(message.hasPrefix("Impossible de créer le dossier"))
            #expect(TestSupport.isFrenchSentence(message), "\(message)")
        }
    }

    static func lacksElision(_ message: String) -> Bool {
        message.range(of: #"\b[Dd]e [aeiouyéèêàâîôûhAEIOUYÉÈÊ]"#, options: .regularExpression) != nil
    }

    /// Every operation AtomicFile names in its errors reads as French after "Impossible de":
    /// French elides "de" before a vowel ("Impossible d'écrire", never "Impossible de écrire").
    @Test(arguments: [
        "créer le dossier", "protéger le dossier", "écrire dans le dossier", "protéger le fichier", "écrire le fichier",
        "enregistrer sur le disque", "remplacer le fichier",
    ])
    func everyOperationReadsWell(operation: String) {
        let message = FileWriteError.system(path: "/x/y.json", code: Int(EACCES), operation: operation).message
        #expect(!Self.lacksElision(message), "\(message)")
    }

    @Test func writeErrorMessagesAreFrench() {
        let path = "/home/membre/brouillons/x.json"
        let cases: [FileWriteError] = [
            .exists(path), .notADirectory(path), .system(path: path, code: Int(ENOSPC), operation: "écrire le fichier"),
            .system(path: path, code: Int(EACCES), operation: "écrire le fichier"),
            .system(path: path, code: Int(EPERM), operation: "écrire le fichier"),
            .system(path: path, code: Int(EROFS), operation: "remplacer le fichier"),
            .system(path: path, code: Int(ENOENT), operation: "écrire dans le dossier"),
            .system(path: path, code: Int(EDQUOT), operation: "écrire le fichier"),
        ]
        for error in cases {
            #expect(error.message.contains(path))
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)")
            #expect(DraftError.write(error).message == error.message)
        }
        #expect(
            FileWriteError.system(path: path, code: Int(ENOSPC), operation: "écrire le fichier").message.contains(
                "disque est plein"))
    }

    @Test func draftErrorMessagesNameTheFile() {
        let path = "/home/membre/brouillons/abc.json"
        let errors: [DraftError] = [
            .unreadable(path: path, reason: "ce n'est pas du JSON valide"), .newerFormat(path: path, version: 3),
            .tooLarge(path: path, bytes: 40 * 1_048_576), .wouldOverwriteUnreadable(path: path),
        ]
        for error in errors {
            #expect(error.message.contains(path))
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)")
        }
        #expect(DraftError.tooLarge(path: path, bytes: 40 * 1_048_576).message.contains("40 Mo"))
    }

    // MARK: Listing

    @Test func listSortsByUpdateAndReportsUnreadableFiles() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let store = DraftStore(directory: directory)
        let base = Self.created
        // Saved in an order that is neither the names' nor the dates'.
        for (id, offset) in [("b", 100.0), ("c", 300.0), ("a", 200.0), ("d", 200.0)] {
            try store.save(Self.sample(id: id, updatedAt: base.addingTimeInterval(offset)))
        }
        try Data("pas un brouillon".utf8).write(to: directory.appendingPathComponent("zz-casse.json"))
        try Data("{".utf8).write(to: directory.appendingPathComponent("aa-casse.json"))
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        try Data("{".utf8).write(to: directory.appendingPathComponent(".cache.json"))
        try Data("{".utf8).write(to: directory.appendingPathComponent(".c.json\(AtomicFile.temporaryMarker)12"))

        let entries = store.list()
        #expect(
            entries.map(\.url.lastPathComponent) == [
                "c.json", "a.json", "d.json", "b.json", "aa-casse.json", "zz-casse.json",
            ])
        let readable = entries.compactMap { try? $0.result.get() }
        #expect(readable.map(\.id) == ["c", "a", "d", "b"])
        for entry in entries.suffix(2) {
            guard case .failure(let error) = entry.result else {
                Issue.record("\(entry.url.lastPathComponent) should be unreadable")
                continue
            }
            #expect(Self.isUnreadable(error, path: entry.url.path))
            #expect(error.message.contains(entry.url.path))
        }
    }

    @Test func listOfAMissingOrEmptyFolder() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        #expect(DraftStore(directory: directory).list().isEmpty)
        #expect(DraftStore(directory: directory.appendingPathComponent("absent")).list().isEmpty)
    }
}
