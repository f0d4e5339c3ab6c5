import Foundation
import Synchronization

/// Where Recours reads and writes, from the environment (XDG base directories) and the options.
public struct AppPaths: Sendable, Equatable {
    public var draftsDirectory: URL
    public var configDirectory: URL
    /// What can be rebuilt from the drafts (the list's summaries): `$XDG_CACHE_HOME/recours`.
    public var cacheDirectory: URL
    public var resourcesDirectory: URL?
    /// Where the wizard suggests writing the letters: `Recours/` in the documents folder (`ExportFolder`), worked
    /// out when asked (it reads `user-dirs.dirs`; only the wizard asks).
    public var lettersDirectory: URL { ExportFolder.lettersDirectory(environment: environment, home: home) }
    private let environment: [String: String]
    private let home: String

    /// - Parameters:
    ///   - draftsOverride: `--drafts-dir`, which wins over `RECOURS_DRAFTS_DIR` and the XDG default.
    ///   - environment: the process environment (injected for tests).
    public init(draftsOverride: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func xdg(_ variable: String, _ fallback: String) -> URL {
            // The XDG spec says a relative value is invalid and must be ignored.
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return URL(fileURLWithPath: home).appendingPathComponent(fallback)
        }
        if let path = draftsOverride ?? environment["RECOURS_DRAFTS_DIR"].flatMap({ $0.isEmpty ? nil : $0 }) {
            draftsDirectory = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        } else {
            draftsDirectory = xdg("XDG_DATA_HOME", ".local/share").appendingPathComponent("recours/drafts")
        }
        configDirectory = xdg("XDG_CONFIG_HOME", ".config").appendingPathComponent("recours")
        cacheDirectory = xdg("XDG_CACHE_HOME", ".cache").appendingPathComponent("recours")
        resourcesDirectory = ResourceLocator.find(environment: environment)
        self.environment = environment
        self.home = home
    }

    /// The user's catalog, laid over the shipped one.
    public var userCatalog: URL { configDirectory.appendingPathComponent(OrganismCatalog.fileName) }
    /// The user's templates, each replacing the shipped one of the same name.
    public var userTemplates: URL { configDirectory.appendingPathComponent("templates") }

    public func shippedCatalog() throws(CatalogError) -> URL {
        guard let resourcesDirectory else {
            throw .notFound(searched: ResourceLocator.candidates(environment: [:]).map(\.path))
        }
        return resourcesDirectory.appendingPathComponent(OrganismCatalog.fileName)
    }

    public func loadCatalog() throws(CatalogError) -> OrganismCatalog {
        try OrganismCatalog.load(shipped: try shippedCatalog(), user: userCatalog)
    }
}

/// Finds the shipped `Resources/` folder from any working directory.
public enum ResourceLocator {
    /// In order: `RECOURS_RESOURCES_DIR`; beside the executable or in a parent folder of it (a checkout's
    /// `.build/debug/recours` finds the checkout's `Resources/`); `../share/recours` for an installed binary;
    /// the source tree the binary was built from.
    public static func candidates(environment: [String: String]) -> [URL] {
        var list: [URL] = []
        if let dir = environment["RECOURS_RESOURCES_DIR"], !dir.isEmpty {
            list.append(URL(fileURLWithPath: dir))
        }
        if let executable = executableURL() {
            var dir = executable.deletingLastPathComponent()
            list.append(dir.appendingPathComponent("../share/recours").standardizedFileURL)
            for _ in 0..<6 {
                list.append(dir.appendingPathComponent("Resources"))
                dir = dir.deletingLastPathComponent()
            }
        }
        // Sources/RecoursCore/Storage/AppPaths.swift → the package root.
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        list.append(packageRoot.appendingPathComponent("Resources"))
        return list
    }

    public static func find(environment: [String: String]) -> URL? {
        // Asked four times or more per start (the paths of the language choice, of the catalog's thread, of the
        // command, the texts' folder), and each time a few `stat`s and URL operations: what was found is kept,
        // by the one environment variable the answer depends on. What was not found is looked for again.
        let key = environment["RECOURS_RESOURCES_DIR"] ?? ""
        if let found = found.withLock({ $0[key] }) { return found }
        let located = candidates(environment: environment).first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(OrganismCatalog.fileName).path)
        }
        if let located { found.withLock { $0[key] = located } }
        return located
    }

    private static let found = Mutex<[String: URL]>([:])

    static func executableURL() -> URL? {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: path)
            }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}
