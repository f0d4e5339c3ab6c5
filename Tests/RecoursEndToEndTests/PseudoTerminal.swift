import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary on a pseudo-terminal of its own (no tmux): cheap to start many times, for the fault tests
/// that kill it over and over. Its output is drained by a thread (so that it never blocks on a full terminal)
/// and kept for `waitForOutput`.
final class PseudoTerminal: @unchecked Sendable {
    let pid: pid_t
    private let master: Int32
    private let lock = NSLock()
    private var output = Data()
    private var reaped = false
    private var reader: Thread?

    /// Linux values (glibc): the Glibc module does not export them.
    private static let spawnSetsid: Int16 = 0x80
    private static let unlockPTY: UInt = 0x4004_5431  // TIOCSPTLCK
    private static let ptyNumber: UInt = 0x8004_5430  // TIOCGPTN

    /// Starts `binary arguments` as the leader of a new session whose controlling terminal is a new 80×24 pty.
    init(_ binary: String, _ arguments: [String], environment: [String: String]) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw POSIXError(.ENODEV) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, Self.unlockPTY, &unlock) == 0, ioctl(master, Self.ptyNumber, &number) == 0,
            ioctl(master, UInt(TIOCSWINSZ), &size) == 0
        else {
            close(master)
            throw POSIXError(.ENOTTY)
        }
        let slave = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal makes it the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(
            &attributes, Self.spawnSetsid | Int16(POSIX_SPAWN_SETSIGMASK) | Int16(POSIX_SPAWN_SETSIGDEF))

        let argv = [binary] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for arg in cArgs { free(arg) }
            for variable in cEnv { free(variable) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, binary, &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else {
            close(master)
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        pid = child
        let thread = Thread { [self] in self.drain() }
        reader = thread
        thread.start()
    }

    deinit {
        if !reaped {
            kill(pid, SIGKILL)
            _ = waitForExit()
        }
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n > 0 {
                lock.lock()
                output.append(contentsOf: buffer[0..<n])
                lock.unlock()
            } else if n < 0, errno == EINTR {
                continue
            } else {
                break  // EIO: every holder of the terminal is gone
            }
        }
        close(master)
    }

    /// Everything the program wrote so far.
    var written: Data {
        lock.lock()
        defer { lock.unlock() }
        return output
    }

    /// Sends bytes as typed keys.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    /// Waits until the program's output contains `text` (escape sequences and all); false on time-out.
    func waitForOutput(_ text: String, timeout: Double = 10) -> Bool {
        let needle = Data(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if written.range(of: needle) != nil { return true }
            usleep(2_000)
        }
        return false
    }

    /// Waits for the process to end; returns its wait status.
    @discardableResult
    func waitForExit() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        reaped = true
        return status
    }
}
