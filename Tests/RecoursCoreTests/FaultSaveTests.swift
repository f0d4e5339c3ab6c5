import Foundation
import Testing

@testable import RecoursCore

#if canImport(Glibc)
    import Glibc
#endif

/// Saving when the disk says no: full, read-only, the folder gone. The error is clear and French, the draft on
/// disk is the old one byte for byte (never a partial file), no temporary file is left, and the next save works
/// once the cause is gone. (The same seen from the wizard: `FaultEndToEndTests`.)
struct FaultSaveTests {
    static func dossier(facts: String = "Des faits.") -> Dossier {
        var dossier = DraftStoreTests.sample(id: "panne")
        dossier.dispute.facts = facts
        return dossier
    }

    static func expectWriteError(
        _ body: () throws -> Void, code: Int32, reason: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            try body()
            Issue.record("the save succeeded", sourceLocation: sourceLocation)
        } catch {
            guard let error = error as? DraftError, case .write(.system(_, let errorCode, _)) = error else {
                Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(errorCode == Int(code), "\(error.message)", sourceLocation: sourceLocation)
            #expect(error.message.contains(reason), "\(error.message)", sourceLocation: sourceLocation)
            #expect(TestSupport.isFrenchSentence(error.message), "\(error.message)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Full disk (a real one: a small tmpfs, when this machine lets the tests mount one)

    @Test(.enabled(if: ScratchMount.available, "needs root and mount (tmpfs)"))
    func fullDiskKeepsTheOldDraftAndRecovers() throws {
        let mount = try ScratchMount(sizeKB: 256)
        defer { mount.remove() }
        let store = DraftStore(directory: mount.directory.appendingPathComponent("drafts"))
        let url = try store.save(Self.dossier())
        let before = try Data(contentsOf: url)

        // Fill the disk, leaving less than the new version needs.
        let filler = mount.directory.appendingPathComponent("remplissage")
        let fd = open(filler.path, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while write(fd, block, block.count) > 0 {}
        close(fd)
        let bigger = Self.dossier(facts: String(repeating: "Un fait de plus. ", count: 10_000))
        Self.expectWriteError({ _ = try store.save(bigger) }, code: ENOSPC, reason: "le disque est plein")
        #expect(try Data(contentsOf: url) == before, "the old draft is intact")
        #expect(try DraftStore.load(url) == Self.dossier())
        #expect(DraftStoreTests.names(in: url.deletingLastPathComponent()) == ["panne.json"], "no temporary file left")

        // Room again: the same save works.
        try FileManager.default.removeItem(at: filler)
        try store.save(bigger)
        #expect(try DraftStore.load(url) == bigger)
    }

    /// A disk that fills up in the middle of the write: the part written is thrown away.
    @Test(.enabled(if: ScratchMount.available, "needs root and mount (tmpfs)"))
    func diskFullInTheMiddleOfAWrite() throws {
        let mount = try ScratchMount(sizeKB: 512)
        defer { mount.remove() }
        let url = mount.directory.appendingPathComponent("brouillon.json")
        try DraftStore.save(Self.dossier(), to: url)
        let before = try Data(contentsOf: url)
        // More than the free space: the write starts, then fails with ENOSPC.
        let huge = Self.dossier(facts: String(repeating: "é", count: 400_000))
        Self.expectWriteError({ try DraftStore.save(huge, to: url) }, code: ENOSPC, reason: "le disque est plein")
        #expect(try Data(contentsOf: url) == before)
        #expect(DraftStoreTests.names(in: mount.directory) == ["brouillon.json"])
    }

    // MARK: Read-only

    /// A read-only file system (root ignores permissions, not a read-only mount).
    @Test(.enabled(if: ScratchMount.available, "needs root and mount (tmpfs)"))
    func readOnlyFileSystem() throws {
        let mount = try ScratchMount(sizeKB: 256)
        defer { mount.remove() }
        let url = mount.directory.appendingPathComponent("brouillon.json")
        try DraftStore.save(Self.dossier(), to: url)
        let before = try Data(contentsOf: url)
        try mount.remount(readOnly: true)
        Self.expectWriteError(
            { try DraftStore.save(Self.dossier(facts: "Changé."), to: url) }, code: EROFS, reason: "lecture seule")
        // The drafts folder cannot be created there either.
        Self.expectWriteError(
            { _ = try DraftStore(directory: mount.directory.appendingPathComponent("neuf")).save(Self.dossier()) },
            code: EROFS, reason: "lecture seule")
        #expect(try Data(contentsOf: url) == before)
        try mount.remount(readOnly: false)
        try DraftStore.save(Self.dossier(facts: "Changé."), to: url)
        #expect(try DraftStore.load(url).dispute.facts == "Changé.")
    }

    // MARK: The folder vanished

    /// A folder the user chose that vanished is not created again (it may be an unplugged disk's mount point):
    /// the error says so, and nothing is written anywhere.
    @Test func chosenFolderThatVanished() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let folder = directory.appendingPathComponent("clé-usb")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("brouillon.json")
        try DraftStore.save(Self.dossier(), to: url)
        try FileManager.default.removeItem(at: folder)
        Self.expectWriteError(
            { try DraftStore.save(Self.dossier(), to: url) }, code: ENOENT, reason: "n'existe pas ou plus")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        // Back again: saved.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try DraftStore.save(Self.dossier(), to: url)
        #expect(try DraftStore.load(url) == Self.dossier())
    }

    /// The drafts folder is Recours's own: if it vanished while the wizard runs, the next save creates it again,
    /// private, so that the dossier on screen is not lost.
    @Test func draftsFolderThatVanishedIsCreatedAgain() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let drafts = directory.appendingPathComponent("share/recours/drafts")
        let store = DraftStore(directory: drafts)
        try store.save(Self.dossier())
        try FileManager.default.removeItem(at: directory.appendingPathComponent("share"))
        let url = try store.save(Self.dossier(facts: "Après."))
        #expect(try DraftStore.load(url).dispute.facts == "Après.")
        #expect(DraftStoreTests.mode(drafts) == 0o700)
        #expect(DraftStoreTests.mode(url) == 0o600)
    }

    /// Every failure a save can meet has its French reason, not a number.
    @Test(arguments: [
        (ENOSPC, "le disque est plein"), (EDQUOT, "le disque est plein"), (EFBIG, "dépasse la taille permise"),
        (EROFS, "lecture seule"), (ENOENT, "n'existe pas ou plus"), (EACCES, "pas le droit"),
        (EIO, "erreur de lecture ou d'écriture"),
    ])
    func saveFailureReasons(code: Int32, reason: String) {
        let message = FileWriteError.system(path: "/d/x.json", code: Int(code), operation: "écrire le fichier").message
        #expect(message.contains(reason), "\(message)")
        #expect(!message.contains("n°"), "\(message)")
        #expect(TestSupport.isFrenchSentence(message))
    }

    // MARK: Leftovers of interrupted writes

    /// A write killed half-way leaves `.<name>.tmp-…`: never listed, never read as the draft, removed at the next
    /// start, unless the Recours that writes it is still running.
    @Test func leftoversOfDeadWritersGoThoseOfLiveOnesStay() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let store = DraftStore(directory: directory)
        let url = try store.save(Self.dossier())
        let marker = AtomicFile.temporaryMarker
        let dead = Self.deadPID()
        let names = [
            ".panne.json\(marker)p\(dead)-77",  // its writer is gone
            ".panne.json\(marker)p\(getpid())-78",  // this process's own: it is not writing now
            ".panne.json\(marker)123456",  // older naming, no pid
            ".panne.json\(marker)p1-79",  // pid 1 is alive: another program's file, left alone
            ".autre.json\(marker)p\(dead)-80",  // another draft's
        ]
        for name in names {
            try Data("{\"schemaVersion\": 1, \"id\": \"pa".utf8).write(to: directory.appendingPathComponent(name))
        }
        #expect(store.list().map(\.url.lastPathComponent) == ["panne.json"])
        #expect(try DraftStore.load(url) == Self.dossier())

        #expect(AtomicFile.removeLeftovers(of: url) == 3)
        #expect(DraftStoreTests.names(in: directory) == [names[4], names[3], "panne.json"].sorted())
        #expect(AtomicFile.removeLeftovers(in: directory) == 1)
        #expect(DraftStoreTests.names(in: directory) == [names[3], "panne.json"].sorted())
        #expect(AtomicFile.writerPID(names[0]) == dead)
        #expect(AtomicFile.writerPID(names[2]) == nil)
        #expect(AtomicFile.writerPID(".x.json\(marker)p0-1") == 0)
        #expect(AtomicFile.writerPID("x.json") == nil)
    }

    /// Temporary files carry the writer's pid.
    @Test func temporaryFilesNameTheirWriter() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        // A folder in place of the target: the rename fails after the temporary file was written and removed.
        let url = directory.appendingPathComponent("cible.json")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("x"), withIntermediateDirectories: true)
        #expect(throws: FileWriteError.self) { try AtomicFile.write(Data("{}".utf8), to: url) }
        #expect(DraftStoreTests.names(in: directory) == ["cible.json"])
        let name = ".cible.json\(AtomicFile.temporaryMarker)p\(getpid())-42"
        #expect(AtomicFile.writerPID(name) == getpid())
    }

    /// A pid no process has (found by asking the kernel).
    static func deadPID() -> pid_t {
        var pid: pid_t = 4_000_000
        while kill(pid, 0) == 0 || errno == EPERM { pid -= 1 }
        return pid
    }
}

/// A small private tmpfs mounted for one test (root only), removed afterwards.
struct ScratchMount {
    let directory: URL

    /// Whether this machine lets the tests mount a tmpfs (root, and mount allowed: not in every container).
    static let available: Bool = {
        guard getuid() == 0,
            FileManager.default.isExecutableFile(atPath: "/bin/mount")
                || FileManager.default
                    .isExecutableFile(atPath: "/usr/bin/mount")
        else { return false }
        guard let probe = try? ScratchMount(sizeKB: 64) else { return false }
        probe.remove()
        return true
    }()

    struct Failed: Error {}

    init(sizeKB: Int) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("recours-mount-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(sizeKB)k,mode=0700", "recours-test", directory.path])
        else {
            try? FileManager.default.removeItem(at: directory)
            throw Failed()
        }
    }

    func remount(readOnly: Bool) throws {
        guard Self.run(["mount", "-o", "remount,\(readOnly ? "ro" : "rw")", directory.path]) else { throw Failed() }
    }

    func remove() {
        _ = Self.run(["umount", "-l", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
