import Foundation
import RecoursCore
import RecoursLetters

/// The organism catalog and the letter templates, read and decoded on another thread from the start of the
/// process, while the arguments are parsed and the command gets under way (a fifth and a tenth of the start-up's
/// work, on a second processor). Nothing else changes: `Loader` asks for them where it read them before, and waits
/// for them there, so that a catalog or a template that cannot be read stops the command at the same point, with
/// the same message, before the terminal is touched.
///
/// Used only when the command reads resources from the same places (`AppPaths` from the environment: the options
/// change only the drafts' folder); not started for `--version`, `--help` and the completion scripts.
final class ResourcePrefetch: @unchecked Sendable {
    static let shared = ResourcePrefetch()

    private let condition = NSCondition()
    private var paths: AppPaths?
    private var catalog: Result<OrganismCatalog, CatalogError>?
    private var templates: Result<LetterTemplates, LetterError>?
    private var finished = false

    /// The arguments after which nothing reads the catalog.
    private static let readsNoResources: Set<String> = [
        "--version", "--help", "-h", "help", "--generate-completion-script", "--experimental-dump-help",
    ]

    func start(arguments: [String]) {
        guard !arguments.contains(where: Self.readsNoResources.contains) else { return }
        let paths = AppPaths()
        condition.lock()
        self.paths = paths
        condition.unlock()
        let thread = Thread { [self] in load(paths) }
        thread.name = "recours.resources"
        thread.start()
    }

    private func load(_ paths: AppPaths) {
        let catalog: Result<OrganismCatalog, CatalogError>
        do {
            catalog = .success(try paths.loadCatalog())
        } catch {
            catalog = .failure(error)
        }
        publish { self.catalog = catalog }
        // The templates, as `Loader.renderer` reads them; only worth it when the catalog could be read (a command
        // stops at the catalog first) and the resources were found.
        var templates: Result<LetterTemplates, LetterError>?
        if case .success = catalog, let resources = paths.resourcesDirectory {
            do {
                templates = .success(
                    try LetterTemplates(
                        shipped: resources.appendingPathComponent("templates"), user: paths.userTemplates))
            } catch {
                templates = .failure(error)
            }
        }
        publish {
            self.templates = templates
            self.finished = true
        }
    }

    private func publish(_ change: () -> Void) {
        condition.lock()
        change()
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the prefetch reads from where `paths` says.
    private func serves(_ paths: AppPaths) -> Bool {
        guard let mine = self.paths else { return false }
        return mine.configDirectory == paths.configDirectory && mine.resourcesDirectory == paths.resourcesDirectory
    }

    /// What `paths.loadCatalog()` gives, read in advance; nil when the prefetch did not read it for `paths`.
    func catalog(for paths: AppPaths) -> Result<OrganismCatalog, CatalogError>? {
        condition.lock()
        defer { condition.unlock() }
        guard serves(paths) else { return nil }
        while catalog == nil { condition.wait() }
        return catalog
    }

    /// The templates of `paths` read in advance; nil when the prefetch did not read them for `paths`.
    func templates(for paths: AppPaths) -> Result<LetterTemplates, LetterError>? {
        condition.lock()
        defer { condition.unlock() }
        guard serves(paths) else { return nil }
        while !finished { condition.wait() }
        return templates
    }
}
