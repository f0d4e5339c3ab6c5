import Foundation
import Testing

@testable import RecoursCore

/// Where the wizard's letters go: the documents folder (environment, user-dirs.dirs, ~/Documents, home) + Recours/,
/// resolved without touching the real home (a temporary one, or a fake file system).
struct ExportFolderTests {
    static func resolve(_ environment: [String: String], files: [String: String] = [:], folders: Set<String>) -> String
    {
        ExportFolder.lettersDirectory(
            environment: environment, home: "/nowhere", readFile: { files[$0] }, isDirectory: { folders.contains($0) }
        ).path
    }

    @Test func theEnvironmentVariableWins() {
        let path = Self.resolve(
            ["HOME": "/h", "XDG_DOCUMENTS_DIR": "/h/Mes documents"],
            files: ["/h/.config/user-dirs.dirs": "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n"],
            folders: ["/h/Mes documents", "/h/Dokumente", "/h/Documents"])
        #expect(path == "/h/Mes documents/Recours")
    }

    @Test func userDirsIsReadAsXdgUserDirsWritesIt() {
        let file = """
            # This file is written by xdg-user-dirs-update
            XDG_DESKTOP_DIR="$HOME/Bureau"
            XDG_DOCUMENTS_DIR="$HOME/Documents personnels"
            """
        #expect(
            Self.resolve(
                ["HOME": "/h"], files: ["/h/.config/user-dirs.dirs": file],
                folders: ["/h/Documents personnels", "/h/Documents"]) == "/h/Documents personnels/Recours")
        // XDG_CONFIG_HOME says where the file is.
        #expect(
            Self.resolve(
                ["HOME": "/h", "XDG_CONFIG_HOME": "/cfg"], files: ["/cfg/user-dirs.dirs": file],
                folders: ["/h/Documents personnels"]) == "/h/Documents personnels/Recours")
    }

    @Test func fallbacksDocumentsThenHome() {
        #expect(Self.resolve(["HOME": "/h"], folders: ["/h/Documents"]) == "/h/Documents/Recours")
        #expect(Self.resolve(["HOME": "/h"], folders: []) == "/h/Recours")
        // A folder that does not exist, or a relative value, is not used.
        #expect(
            Self.resolve(["HOME": "/h", "XDG_DOCUMENTS_DIR": "/gone"], folders: ["/h/Documents"])
                == "/h/Documents/Recours")
        #expect(Self.resolve(["HOME": "/h", "XDG_DOCUMENTS_DIR": "docs"], folders: ["docs"]) == "/h/Recours")
    }

    @Test func appPathsUsesATemporaryHome() throws {
        let home = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(AppPaths(environment: ["HOME": home.path]).lettersDirectory.path == home.path + "/Recours")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("Documents"), withIntermediateDirectories: false)
        #expect(AppPaths(environment: ["HOME": home.path]).lettersDirectory.path == home.path + "/Documents/Recours")
    }

    @Test func unsafeCharactersAreReplaced() {
        #expect(ExportFolder.safeFileName("2026-12-01 Réclamation Partenamut") == "2026-12-01 Réclamation Partenamut")
        #expect(
            ExportFolder.safeFileName("2026-12-01 Mise en demeure A/B: \"X\" <y>?|*\\z")
                == "2026-12-01 Mise en demeure A B X y z")
        #expect(ExportFolder.safeFileName("..\u{1B}[31mhidden") == "[31mhidden")
        #expect(ExportFolder.safeFileName("///") == "Recours")
    }

    @Test func theLettersFolderIsCreatedPrivateAndAnExistingOneIsLeftAlone() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Documents/Recours/lettre.txt")
        let old = umask(0)
        defer { umask(old) }
        try ExportFolder.prepareFolder(for: file)
        let mode =
            try FileManager.default.attributesOfItem(atPath: file.deletingLastPathComponent().path)[
                .posixPermissions] as? Int
        #expect(mode == 0o700)
        let documents = root.appendingPathComponent("Own")
        try FileManager.default.createDirectory(
            at: documents, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        try ExportFolder.prepareFolder(for: documents.appendingPathComponent("x.txt"))
        #expect(try FileManager.default.attributesOfItem(atPath: documents.path)[.posixPermissions] as? Int == 0o755)
    }

    @Test func anExistingLetterIsNotReplacedWithoutBeingAsked() throws {
        let root = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("2026-12-01 Réclamation Partenamut.txt")
        try Data("old".utf8).write(to: file)
        #expect(ExportPolicy.targetProblem(file, overwrite: false) == .exists(file.path))
        #expect(ExportPolicy.targetProblem(file, overwrite: true) == nil)
    }
}
