import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Crash-safe, private file writes: a crash leaves the old file or the new one, never a mix, and
/// nobody else on the machine can read health data (folders 0700, files 0600, whatever the umask).
public enum AtomicFile {
    public static let temporaryMarker = ".tmp-"

    /// Creates the folder (and its parents) if needed and makes it private.
    public static func ensurePrivateDirectory(_ directory: URL) throws(FileWriteError) {
        let path = directory.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path) }
        } else {
            do {
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                // Foundation wraps the POSIX error; its own code (e.g. 512) is not an errno.
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                let code = underlying?.domain == NSPOSIXErrorDomain ? underlying!.code : posixCode(creating: path)
                throw .system(path: path, code: code, operation: Texts.text("storage.operation.createFolder"))
            }
        }
        guard chmod(path, 0o700) == 0 else {
            throw .system(path: path, code: Int(errno), operation: Texts.text("storage.operation.protectFolder"))
        }
    }

    /// Writes to a device or a pipe that exists, without creating, truncating or replacing anything.
    static func writeInPlace(_ data: Data, to url: URL) throws(FileWriteError) {
        let fd = open(url.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .system(path: url.path, code: Int(errno), operation: Texts.text("storage.operation.writeFile"))
        }
        defer { close(fd) }
        let failed = writeAll(data, to: fd)
        if failed != 0 {
            throw .system(path: url.path, code: Int(failed), operation: Texts.text("storage.operation.writeFile"))
        }
    }

    /// Writes every byte (again after an interruption); 0, or the `errno` of the write that failed.
    private static func writeAll(_ data: Data, to fd: Int32) -> Int32 {
        data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
    }

    /// Writes `data` to `url` through a temporary file in the same folder: write, fsync, rename, fsync the folder.
    /// The folder must exist; its mode is left as it is.
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o600) throws(FileWriteError) {
        // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written to, as the shell's `>` does:
        // renaming a new file over it would replace the device itself (as root, /dev/null with a regular file).
        var info = stat()
        if stat(url.path, &info) == 0, [S_IFCHR, S_IFIFO].contains(info.st_mode & S_IFMT) {
            try writeInPlace(data, to: url)
            return
        }
        let directory = url.deletingLastPathComponent()
        // The writer's pid is in the name, so that a start of Recours never removes the file another running
        // Recours is writing (see `removeLeftovers`).
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent)\(temporaryMarker)p\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw .system(
                path: directory.path, code: Int(errno), operation: Texts.text("storage.operation.writeInFolder"))
        }
        var failure: FileWriteError?
        // open() applies the umask: set the mode explicitly.
        if fchmod(fd, mode) != 0 {
            failure = .system(path: url.path, code: Int(errno), operation: Texts.text("storage.operation.protectFile"))
        }
        if failure == nil {
            let failed = writeAll(data, to: fd)
            if failed != 0 {
                failure = .system(
                    path: url.path, code: Int(failed), operation: Texts.text("storage.operation.writeFile"))
            }
        }
        if failure == nil, fsync(fd) != 0 {
            failure = .system(path: url.path, code: Int(errno), operation: Texts.text("storage.operation.sync"))
        }
        close(fd)
        if failure == nil, rename(temporary.path, url.path) != 0 {
            failure = .system(path: url.path, code: Int(errno), operation: Texts.text("storage.operation.replaceFile"))
        }
        if let failure {
            unlink(temporary.path)
            throw failure
        }
        // The rename is only durable once the folder itself is on disk.
        let dirfd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Removes temporary files left by a write that was interrupted (a crash, a kill), except those of
    /// another Recours that is still running (it may be writing one right now).
    @discardableResult
    public static func removeLeftovers(in directory: URL) -> Int {
        removeLeftovers(in: directory) { _ in true }
    }

    /// Removes the temporary files left by an interrupted write of `file` only (a draft outside the drafts folder).
    @discardableResult
    public static func removeLeftovers(of file: URL) -> Int {
        let prefix = ".\(file.lastPathComponent)\(temporaryMarker)"
        return removeLeftovers(in: file.deletingLastPathComponent()) { $0.hasPrefix(prefix) }
    }

    private static func removeLeftovers(in directory: URL, where matches: (String) -> Bool) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix(".") && name.contains(temporaryMarker) && matches(name) {
            if let pid = writerPID(name), pid > 0, pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            if unlink(directory.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    /// The pid in a temporary file's name (`.<name>.tmp-p<pid>-<random>`), nil for other names.
    static func writerPID(_ name: String) -> pid_t? {
        guard let marker = name.range(of: temporaryMarker, options: .backwards) else { return nil }
        let rest = name[marker.upperBound...]
        guard rest.hasPrefix("p"), let dash = rest.firstIndex(of: "-") else { return nil }
        return pid_t(rest[rest.index(after: rest.startIndex)..<dash])
    }
}

/// The errno of creating `path`'s first missing folder, found again with mkdir (Foundation hides it).
private func posixCode(creating path: String) -> Int {
    var components: [String] = []
    var current = (path as NSString).standardizingPath
    while !FileManager.default.fileExists(atPath: current), current != "/" {
        components.insert(current, at: 0)
        current = (current as NSString).deletingLastPathComponent
    }
    for component in components {
        if mkdir(component, 0o700) != 0 { return Int(errno) }
    }
    return Int(EIO)
}

/// A file that could not be written, with a message for the user.
public enum FileWriteError: Error, Equatable, Sendable {
    case notADirectory(String)
    case system(path: String, code: Int, operation: String)
    case exists(String)

    public var message: String {
        switch self {
        case .notADirectory(let path):
            return Texts.text("storage.write.notADirectory", path)
        case .exists(let path):
            return Texts.text("storage.write.exists", path)
        case .system(let path, let code, let operation):
            let reason: String
            switch Int32(code) {
            case ENOSPC, EDQUOT: reason = Texts.text("storage.write.reason.diskFull")
            case EFBIG: reason = Texts.text("storage.write.reason.fileTooLarge")
            case EACCES, EPERM: reason = Texts.text("storage.write.reason.permission")
            case EROFS: reason = Texts.text("storage.write.reason.readOnly")
            case ENOENT: reason = Texts.text("storage.write.reason.noFolder")
            case ENOTDIR: reason = Texts.text("storage.write.reason.notADirectory")
            case EISDIR: reason = Texts.text("storage.write.reason.isDirectory")
            case ENAMETOOLONG: reason = Texts.text("storage.write.reason.nameTooLong")
            case EEXIST: reason = Texts.text("storage.write.reason.exists")
            case EIO: reason = Texts.text("storage.write.reason.io")
            default: reason = Texts.text("storage.write.reason.system", String(code))
            }
            // French elides "de" before a vowel or a mute h; a language without elision gives both texts alike.
            let elided = operation.first.map { "aeiouéèêh".contains($0) } == true
            return elided
                ? Texts.text("storage.write.failed.elided", operation, path, reason)
                : Texts.text("storage.write.failed", operation, path, reason)
        }
    }
}

private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #else
        Darwin.write(fd, buffer, count)
    #endif
}
