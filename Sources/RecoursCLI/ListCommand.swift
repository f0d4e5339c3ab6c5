import ArgumentParser
import Foundation
import RecoursCore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.list.abstract"))

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var date: DateOption

    func run() throws {
        let paths = drafts.paths
        let directory = paths.draftsDirectory
        let files = DraftStore(directory: directory).draftFiles()
        guard !files.isEmpty else {
            print(Texts.text("cli.list.empty", oneLine(directory.path)))
            return
        }
        let today = try date.today()
        let timeZone = TimeZone.current
        // A summary depends on the program, the interface's language (it is written in it), the day (deadlines),
        // the time zone (the dates printed), the folder (the paths printed) and the catalog: the cache holds for
        // one of each.
        // The user's catalog absent, present (its bytes) or present and unreadable are three different keys; an
        // unreadable one is always read (to say why), whatever the cache holds.
        let shippedBytes = (try? paths.shippedCatalog()).flatMap { try? Data(contentsOf: $0) } ?? Data()
        let userCatalogExists = FileManager.default.fileExists(atPath: paths.userCatalog.path)
        let userBytes = userCatalogExists ? try? Data(contentsOf: paths.userCatalog) : nil
        let userPart =
            userCatalogExists ? Data("present:".utf8) + (userBytes ?? Data("unreadable".utf8)) : Data("absent".utf8)
        let key = [
            Recours.version, Texts.language.rawValue, today.description, timeZone.identifier, directory.path,
            ListingCache.fingerprint([shippedBytes, userPart]),
        ].joined(separator: "|")
        let cacheFile = ListingCache.file(for: directory, in: paths.cacheDirectory)
        let cache = ListingCache.load(from: cacheFile, key: key)
        let exists = DossierValidator.systemFileExists
        // The catalog is read only when a draft has no summary to reuse. The key holds the catalog's bytes, so a
        // summary is reused only with the very catalog it was made with, which was then readable: a catalog
        // changed since (an empty file included) means no summary matches, and it is read (its error said) as
        // before; a user catalog that cannot be read at all is always read.
        let stamps = DraftStore.concurrentMap(files) { FileStamp.of($0.path) }
        let known = DraftStore.concurrentMap(Array(zip(files, stamps))) { url, stamp in
            stamp.flatMap { cache.summary(for: url.lastPathComponent, stamp: $0, fileExists: exists) }
        }
        let readable = !userCatalogExists || userBytes != nil
        let catalog =
            readable && known.allSatisfy { $0 != nil }
            ? OrganismCatalog(organisms: [], routes: []) : try Loader.catalog(paths)

        // Each draft's summary (its next step means validating it and building its timeline) is read from the
        // cache when the file did not change, else computed on all processors; then everything is printed in order.
        let summaries = DraftStore.concurrentMap(Array(files.indices)) {
            index -> (ListingCache.Summary, cacheable: Bool) in
            let url = files[index]
            let stamp = stamps[index]
            if let summary = known[index] { return (summary, true) }
            let checks = CheckedFiles(exists)
            let advisor = NextStepAdvisor(
                validator: DossierValidator(catalog: catalog, today: today, fileExists: checks.check))
            let summary: ListingCache.Summary
            do throws(DraftError) {
                let dossier = try DraftStore.load(url)
                let text = Self.block(dossier, url: url, catalog: catalog, advisor: advisor, timeZone: timeZone)
                summary = ListingCache.Summary(
                    stamp: stamp ?? .none, updatedAt: dossier.updatedAt,
                    text: text, checkedFiles: checks.results)
            } catch {
                summary = ListingCache.Summary(
                    stamp: stamp ?? .none, updatedAt: nil,
                    text: error.message, checkedFiles: [:])
            }
            // A file that could not be stamped (gone meanwhile) is never cached.
            return (summary, stamp != nil)
        }
        let newCache = ListingCache(
            key: key,
            summaries: Dictionary(
                zip(files, summaries).filter { $0.1.cacheable }.map { ($0.0.lastPathComponent, $0.1.0) },
                uniquingKeysWith: { first, _ in first }))
        if newCache.summaries != cache.summaries || cache.key != key { newCache.save(to: cacheFile) }

        // The order of `DraftStore.list`: the most recently changed first, unreadable ones last.
        let computed: [ListingCache.Summary] = summaries.map { $0.0 }
        let entries = zip(files, computed).sorted { a, b in
            switch (a.1.updatedAt, b.1.updatedAt) {
            case (let x?, let y?): return x != y ? x > y : a.0.path < b.0.path
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.0.path < b.0.path
            }
        }

        var count = 0
        var unreadable: [String] = []
        var out = ""
        for (_, summary) in entries {
            if summary.updatedAt != nil {
                count += 1
                out += summary.text
            } else {
                unreadable.append(summary.text)
            }
        }
        print(out, terminator: "")
        let folder = oneLine(paths.draftsDirectory.path)
        print(
            Texts.plural("cli.list.count", count: count, String(count), folder))
        if !unreadable.isEmpty {
            for message in unreadable { printError(message) }
            throw ExitCode(ExitStatus.unusable)
        }
    }

    /// One block per draft: readable in an 80-column terminal, and easy to grep.
    static func block(
        _ dossier: Dossier, url: URL, catalog: OrganismCatalog, advisor: NextStepAdvisor, timeZone: TimeZone
    ) -> String {
        var block = dossier.displayName(catalog: catalog) + "\n"
        let stage = dossier.currentStage
        block +=
            "  "
            + Texts.text(
                "cli.list.stage",
                dossier.fundLabel(catalog: catalog), String(stage.rawValue), stage.title,
                InterfaceDates.timestamp(dossier.updatedAt, timeZone: timeZone)) + "\n"
        let step = advisor.step(for: dossier)
        block += "  " + Texts.text("cli.nextStep", oneLine(step.summary)) + "\n"
        if let warning = step.warning { block += "  " + Texts.text("cli.attention", oneLine(warning)) + "\n" }
        block += "  " + Texts.text("cli.list.file", oneLine(url.path)) + "\n\n"
        return block
    }
}

/// The attachments' paths a validation checked, with what it found: a cached summary holds only while they exist
/// as they did.
final class CheckedFiles: @unchecked Sendable {
    private let exists: @Sendable (String) -> Bool
    private let lock = NSLock()
    private var found: [String: Bool] = [:]

    init(_ exists: @escaping @Sendable (String) -> Bool) { self.exists = exists }

    var check: @Sendable (String) -> Bool {
        { [self] path in
            let result = exists(path)
            lock.lock()
            found[path] = result
            lock.unlock()
            return result
        }
    }

    var results: [String: Bool] {
        lock.lock()
        defer { lock.unlock() }
        return found
    }
}
