import Foundation

/// A draft that cannot be used, with a message that names the file.
public enum DraftError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case newerFormat(path: String, version: Int)
    case tooLarge(path: String, bytes: Int)
    case wouldOverwriteUnreadable(path: String)
    case write(FileWriteError)

    public var message: String {
        switch self {
        case .unreadable(let path, let reason):
            Texts.text("storage.draft.unreadable", path, reason)
        case .newerFormat(let path, let version):
            Texts.text("storage.draft.newerFormat", path, String(version), String(Dossier.currentSchemaVersion))
        case .tooLarge(let path, let bytes):
            Texts.text("storage.draft.tooLarge", path, String(bytes / 1_048_576))
        case .wouldOverwriteUnreadable(let path):
            Texts.text("storage.draft.wouldOverwriteUnreadable", path)
        case .write(let error):
            error.message
        }
    }
}

/// Reads and writes drafts: one pretty-printed UTF-8 JSON file per dossier, private and saved atomically.
public struct DraftStore: Sendable {
    /// A draft larger than this is refused before parsing (1 MB of facts fits many times over).
    public static let maximumDraftSize = 32 * 1_048_576

    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func fileURL(for dossier: Dossier) -> URL {
        directory.appendingPathComponent("\(dossier.id).json")
    }

    // MARK: Encoding

    public static func encode(_ dossier: Dossier) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISOTimestamp.format(date))
        }
        // Encoding plain value types into JSON cannot fail.
        return try! encoder.encode(dossier) + Data("\n".utf8)
    }

    public static func decode(_ data: Data, path: String) throws(DraftError) -> Dossier {
        struct Header: Decodable { var schemaVersion: Int }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ISOTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: Texts.text("storage.draft.reason.badTimestamp", text))
            }
            return date
        }
        // A readable draft of a version this build reads: one pass. Anything else goes the long way below, which
        // gives the same errors as always (it reads the file twice).
        if let dossier = try? decoder.decode(Dossier.self, from: data),
            (1...Dossier.currentSchemaVersion).contains(dossier.schemaVersion)
        {
            return dossier
        }
        // The version is read first, so a newer draft gets "update Recours", not a type error.
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw .unreadable(path: path, reason: JSONProblem.describe(error, data: data))
        }
        guard header.schemaVersion <= Dossier.currentSchemaVersion else {
            throw .newerFormat(path: path, version: header.schemaVersion)
        }
        guard header.schemaVersion >= 1 else {
            throw .unreadable(
                path: path, reason: Texts.text("storage.draft.reason.badVersion", String(header.schemaVersion)))
        }
        do {
            return try decoder.decode(Dossier.self, from: data)
        } catch {
            throw .unreadable(path: path, reason: JSONProblem.describe(error, data: data))
        }
    }

    // MARK: Files

    public static func load(_ url: URL) throws(DraftError) -> Dossier {
        let path = url.path
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maximumDraftSize {
            throw .tooLarge(path: path, bytes: size)
        }
        if let type = attributes?[.type] as? FileAttributeType, type == .typeDirectory {
            throw .unreadable(path: path, reason: Texts.text("storage.draft.reason.isFolder"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .unreadable(
                path: path,
                reason: exists
                    ? Texts.text("storage.draft.reason.cannotRead") : Texts.text("storage.draft.reason.missing"))
        }
        return try decode(data, path: path)
    }

    /// Saves atomically to `url`; refuses to replace a file that exists but is not a readable draft.
    /// - Parameter makeFolderPrivate: create the folder if needed and set it to 0700 (the drafts folder);
    ///   a folder the user chose is left as it is.
    ///
    /// A file this process wrote itself and that nothing changed since (same device, inode, size, modification and
    /// status-change times: `WrittenDrafts`) is not read back to check it: that was most of the cost of an autosave
    /// of a large draft, which the wizard makes every half second of typing.
    public static func save(_ dossier: Dossier, to url: URL, makeFolderPrivate: Bool = false) throws(DraftError) {
        let path = url.path
        if FileManager.default.fileExists(atPath: path), !WrittenDrafts.shared.isUnchanged(path) {
            do {
                _ = try load(url)
            } catch {
                throw .wouldOverwriteUnreadable(path: path)
            }
        }
        do {
            if makeFolderPrivate { try AtomicFile.ensurePrivateDirectory(url.deletingLastPathComponent()) }
            try AtomicFile.write(encode(dossier), to: url)
        } catch {
            WrittenDrafts.shared.forget(path)
            throw .write(error)
        }
        WrittenDrafts.shared.record(path)
    }

    /// Saves in the drafts folder, under the dossier's id.
    @discardableResult
    public func save(_ dossier: Dossier) throws(DraftError) -> URL {
        let url = fileURL(for: dossier)
        try Self.save(dossier, to: url, makeFolderPrivate: true)
        return url
    }

    /// One file of the drafts folder: the dossier, or why it cannot be read.
    public struct Entry: Sendable {
        public let url: URL
        public let result: Result<Dossier, DraftError>
    }

    /// The draft files of the folder (`.json`, not hidden), unread.
    public func draftFiles() -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map {
            // A file, said so: without `isDirectory` the URL would ask the file system (a `stat` per draft).
            directory.appendingPathComponent($0, isDirectory: false)
        }
    }

    /// Every `.json` file of the folder, most recently changed first; unreadable ones last.
    public func list() -> [Entry] {
        let urls = draftFiles()
        // Reading and decoding are independent from one file to the next: spread over the processors
        // (10,000 drafts take a second on one core).
        let entries = Self.concurrentMap(urls) { url -> Entry in
            do throws(DraftError) {
                return Entry(url: url, result: .success(try Self.load(url)))
            } catch {
                return Entry(url: url, result: .failure(error))
            }
        }
        return entries.sorted { a, b in
            switch (a.result, b.result) {
            case (.success(let x), .success(let y)):
                return x.updatedAt != y.updatedAt ? x.updatedAt > y.updatedAt : a.url.path < b.url.path
            case (.success, .failure): return true
            case (.failure, .success): return false
            case (.failure, .failure): return a.url.path < b.url.path
            }
        }
    }

    /// `items.map(transform)`, computed on all processors; the order is kept.
    public static func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        concurrentMap(items, context: {}) { _, item in transform(item) }
    }

    /// `items.map`, computed on all processors, each batch of items with its own `context()` (a formatter…, which
    /// never leaves the thread that made it); the order is kept.
    public static func concurrentMap<T: Sendable, C, R: Sendable>(
        _ items: [T], context: @Sendable () -> C, _ transform: @Sendable (C, T) -> R
    ) -> [R] {
        guard !items.isEmpty else { return [] }
        let results = ConcurrentResults<R>(count: items.count)
        // A few batches per processor: enough to share the work, few enough for the overhead not to count.
        let chunk = max(1, items.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let shared = context()
            for i in c * chunk..<min(items.count, (c + 1) * chunk) { results.set(i, transform(shared, items[i])) }
        }
        return results.values
    }
}

/// Results written by index from several threads, each index once.
private final class ConcurrentResults<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [R] { storage.map { $0! } }
}

/// The drafts this process wrote, each with the identity its file had just after: a file that still has it is the
/// draft written (a change of content, a replacement or a `touch` changes its inode, size or times; the
/// status-change time cannot be set back). Anything else is read and checked before it is replaced.
final class WrittenDrafts: @unchecked Sendable {
    static let shared = WrittenDrafts()

    struct Signature: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        static func == (a: Signature, b: Signature) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    private let lock = NSLock()
    private var signatures: [String: Signature] = [:]

    func record(_ path: String) {
        let signature = Signature(path: path)
        lock.lock()
        signatures[path] = signature
        lock.unlock()
    }

    func forget(_ path: String) {
        lock.lock()
        signatures[path] = nil
        lock.unlock()
    }

    func isUnchanged(_ path: String) -> Bool {
        guard let now = Signature(path: path) else { return false }
        lock.lock()
        defer { lock.unlock() }
        return signatures[path] == now
    }
}
