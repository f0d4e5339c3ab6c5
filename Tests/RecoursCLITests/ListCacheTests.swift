import Foundation
import Testing

/// `recours list` reads unchanged drafts' summaries from its cache (`$XDG_CACHE_HOME/recours/list-….json`): its
/// output must be the slow path's (no cache) whatever happened to the drafts behind the cache's back.
struct ListCacheTests {
    static let date = "2026-11-22"
    static let examples = ["partenamut-kinesitherapie", "caami-incapacite", "identites-mutuelle-optique"]

    /// The listing made with no cache at all (the cache file removed first, and removed again after).
    static func slowList(_ p: RecoursProcess, _ folder: URL) throws -> RecoursProcess.Output {
        let cache = try cacheFile(p)
        let saved = try? Data(contentsOf: cache)
        try? FileManager.default.removeItem(at: cache)
        defer {
            try? FileManager.default.removeItem(at: cache)
            if let saved { try? saved.write(to: cache) }
        }
        return try p.run(["list", "--drafts-dir", folder.path, "--date", date])
    }

    /// The only file of the cache folder.
    static func cacheFile(_ p: RecoursProcess) throws -> URL {
        let folder = p.home.appendingPathComponent(".cache/recours")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return folder.appendingPathComponent(try #require(names.first { $0.hasPrefix("list-") }))
    }

    static func list(_ p: RecoursProcess, _ folder: URL) throws -> RecoursProcess.Output {
        try p.run(["list", "--drafts-dir", folder.path, "--date", date])
    }

    /// Nine drafts made from the examples, each with its own id and title.
    static func folder(_ p: RecoursProcess) throws -> URL {
        let folder = p.home.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<9 {
            var text = try String(contentsOfFile: RecoursProcess.example(examples[i % 3]), encoding: .utf8)
            text = text.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"N\(i) ")
            try text.write(to: folder.appendingPathComponent("d\(i).json"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theCachedListingIsTheSlowOneWhateverChanged() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        let folder = try Self.folder(p)
        let cold = try Self.list(p, folder)
        #expect(cold.status == 0)
        #expect(cold.stdout.contains("9 brouillons"))
        let cacheFile = try Self.cacheFile(p)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { $0.hasSuffix(".json") })
        let mode = try FileManager.default.attributesOfItem(atPath: cacheFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the cache holds titles and next steps: private")
        // From the cache: the same bytes.
        let warm = try Self.list(p, folder)
        #expect(warm.stdout == cold.stdout)
        #expect(warm.stdout == (try Self.slowList(p, folder)).stdout)

        // Behind the cache's back: a draft rewritten (a new title), one removed, one added, one made unreadable.
        let d1 = folder.appendingPathComponent("d1.json")
        let text = try String(contentsOf: d1, encoding: .utf8).replacingOccurrences(of: "N1 ", with: "Renommé ")
        try text.write(to: d1, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("d2.json"))
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: RecoursProcess.example("caami-incapacite")),
            to: folder.appendingPathComponent("d9.json"))
        try Data("{ pas du json".utf8).write(to: folder.appendingPathComponent("d3.json"))
        let changed = try Self.list(p, folder)
        let slow = try Self.slowList(p, folder)
        #expect(changed.stdout == slow.stdout)
        #expect(changed.stderr == slow.stderr)
        #expect(changed.status == slow.status)
        #expect(changed.stdout.contains("Renommé"))
        #expect(!changed.stdout.contains("N2 "))
        #expect(changed.stderr.contains("d3.json"))

        // An edit in place that keeps the size: the time changes, so it is read again.
        let d4 = folder.appendingPathComponent("d4.json")
        let same = try String(contentsOf: d4, encoding: .utf8).replacingOccurrences(of: "N4 ", with: "M4 ")
        Thread.sleep(forTimeInterval: 0.01)
        let handle = try FileHandle(forWritingTo: d4)
        try handle.write(contentsOf: Data(same.utf8))
        try handle.close()
        #expect(try Self.list(p, folder).stdout.contains("M4 "))

        // A cache file that is not one is ignored, and replaced.
        try Data("garbage".utf8).write(to: cacheFile)
        #expect(try Self.list(p, folder).stdout == (try Self.slowList(p, folder)).stdout)
    }

    /// The summaries are written in the interface's language: a listing in Dutch never reads French ones.
    @Test func anotherLanguageIsAnotherCache() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        let folder = try Self.folder(p)
        let french = try Self.list(p, folder)
        let dutch = try p.run(["list", "--drafts-dir", folder.path, "--date", Self.date, "--langue", "nl"])
        #expect(dutch.stdout.contains("stap 2/4"))
        #expect(!dutch.stdout.contains("étape"))
        try FileManager.default.removeItem(at: try Self.cacheFile(p))
        let dutchSlow = try p.run(["list", "--drafts-dir", folder.path, "--date", Self.date, "--langue", "nl"])
        #expect(dutch.stdout == dutchSlow.stdout)
        #expect(try Self.list(p, folder).stdout == french.stdout)
    }

    @Test func anotherDayIsAnotherCache() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        let folder = try Self.folder(p)
        _ = try Self.list(p, folder)
        // The next steps depend on the day: a listing on another day does not read today's summaries.
        let later = try p.run(["list", "--drafts-dir", folder.path, "--date", "2027-02-01"])
        try FileManager.default.removeItem(at: try Self.cacheFile(p))
        let laterSlow = try p.run(["list", "--drafts-dir", folder.path, "--date", "2027-02-01"])
        #expect(later.stdout == laterSlow.stdout)
    }

    /// A listing whose summaries all come from the cache reads no catalog; a catalog broken since is still said
    /// (the cache holds for one catalog's bytes only), and one fixed again gives the listing back.
    @Test func aCatalogBrokenSinceTheCacheIsStillSaid() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        let folder = try Self.folder(p)
        let cold = try Self.list(p, folder)
        #expect(cold.status == 0)
        try FileManager.default.createDirectory(at: p.configDirectory, withIntermediateDirectories: true)
        let userCatalog = p.configDirectory.appendingPathComponent("organisms.json")
        try "{ pas du json".write(to: userCatalog, atomically: true, encoding: .utf8)
        let broken = try Self.list(p, folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains(userCatalog.path))
        // An empty file, or a folder where the file should be, is no catalog either.
        try Data().write(to: userCatalog)
        let empty = try Self.list(p, folder)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains(userCatalog.path))
        try FileManager.default.removeItem(at: userCatalog)
        try FileManager.default.createDirectory(at: userCatalog, withIntermediateDirectories: true)
        let folderInstead = try Self.list(p, folder)
        #expect(folderInstead.status == 2)
        #expect(folderInstead.stderr.contains(userCatalog.path))
        try FileManager.default.removeItem(at: userCatalog)
        let again = try Self.list(p, folder)
        #expect(again.status == 0)
        #expect(again.stdout == cold.stdout)
    }

    /// The cache file of format 1 (before summaries were arrays) is not misread: the listing is the slow one.
    @Test func aCacheOfAnOlderFormatIsRebuilt() throws {
        let p = RecoursProcess()
        defer { p.cleanUp() }
        let folder = try Self.folder(p)
        let cold = try Self.list(p, folder)
        let cacheFile = try Self.cacheFile(p)
        var text = try String(contentsOf: cacheFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"format\":2", with: "\"format\":1")
        #expect(text.contains("\"format\":1"))
        try text.write(to: cacheFile, atomically: true, encoding: .utf8)
        #expect(try Self.list(p, folder).stdout == cold.stdout)
        #expect(try String(contentsOf: cacheFile, encoding: .utf8).contains("\"format\":2"))
    }
}
