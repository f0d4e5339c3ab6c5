import Foundation
import RecoursCore
import Testing

@testable import RecoursCLI

/// The catalog read from the start of the process is the one a command would read itself, and only given to a
/// command whose paths are the ones it was read from.
@Suite struct CatalogPrefetchTests {
    static func environment(config: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = config.path
        return environment
    }

    @Test func itIsTheCatalogOfTheSamePathsAndOnlyOfThem() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("recours-prefetch-\(UUID())")
        defer { try? FileManager.default.removeItem(at: base) }
        let mine = base.appendingPathComponent("a")
        let other = base.appendingPathComponent("b")
        try FileManager.default.createDirectory(
            at: mine.appendingPathComponent("recours"), withIntermediateDirectories: true)
        try """
        {"schemaVersion": 1, "organisms": [{"id": "ma-mutuelle", "name": "Mutuelle des Ardennes", "country": "FR",
         "kind": "fund", "contact": {"address": ["1 rue Haute", "08000 Charleville-Mézières"]}, "source": "contrat"}]}
        """.write(
            to: mine.appendingPathComponent("recours/organisms.json"), atomically: true, encoding: .utf8)
        let prefetch = CatalogPrefetch(environment: Self.environment(config: mine))
        let paths = AppPaths(draftsOverride: "/tmp/elsewhere", environment: Self.environment(config: mine))
        let read = try #require(try prefetch.catalog(for: paths))
        #expect(read == (try paths.loadCatalog()))
        #expect(read.organism(id: "ma-mutuelle") != nil)
        // Asked twice: the same answer, without waiting.
        #expect(try prefetch.catalog(for: paths) == read)
        // Another configuration folder: not this catalog.
        #expect(try prefetch.catalog(for: AppPaths(environment: Self.environment(config: other))) == nil)
    }

    @Test func anUnreadableCatalogGivesTheErrorTheCommandWouldGive() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("recours-prefetch-\(UUID())")
        defer { try? FileManager.default.removeItem(at: base) }
        try FileManager.default.createDirectory(
            at: base.appendingPathComponent("recours"), withIntermediateDirectories: true)
        try "{ pas du json".write(
            to: base.appendingPathComponent("recours/organisms.json"), atomically: true, encoding: .utf8)
        let environment = Self.environment(config: base)
        let prefetch = CatalogPrefetch(environment: environment)
        let paths = AppPaths(environment: environment)
        var direct: CatalogError?
        do { _ = try paths.loadCatalog() } catch { direct = error }
        var prefetched: CatalogError?
        do { _ = try prefetch.catalog(for: paths) } catch { prefetched = error }
        #expect(direct != nil)
        #expect(prefetched?.message == direct?.message)
    }
}
