import RecoursUI

/// One thing read from the terminal: a character, a key ncurses decoded (by its `keyname()`), or a resize.
enum InputUnit: Equatable {
    case scalar(Unicode.Scalar)
    case cursesKey(String)
    case resize
}

/// Where input units come from: ncurses in the program (`TerminalScreen`), a script in tests.
protocol InputSource: AnyObject {
    /// The next unit, waiting at most `milliseconds` for it (0: only what is already there), nil if none came.
    func next(waitingUpTo milliseconds: Int32) -> InputUnit?
}

/// The reading policy around `KeyDecoder`: wait for input, then read everything already waiting before
/// deciding, give the rest of an escape sequence a moment, and report a resize after the keys before it.
struct KeyReader {
    enum Event: Equatable {
        case key(Key)
        case resize
        case timeout
    }

    /// How long a read waits for a key, in milliseconds.
    var inputTimeout: Int32 = 100
    /// How long the rest of a bracketed paste is waited for, in milliseconds, before what came is given as the
    /// paste: over a slow link a long paste comes in parts far apart, and a part given too early would leave the
    /// rest to be read as typed keys (its line breaks as Enter, moving to the next field: text lost).
    var pasteTimeout: Int32 = 1000
    /// How long the rest of an escape sequence (or of a bracketed paste) is waited for once its first bytes are
    /// read, in milliseconds: a lone ESC is the Escape key after that (ncurses' ESCDELAY did this before).
    var sequenceDelay: Int32 = 25

    private(set) var decoder = KeyDecoder()
    private var pendingResize = false

    /// Everything decoded so far is forgotten (after a child program had the terminal).
    mutating func reset() {
        decoder = KeyDecoder()
        pendingResize = false
    }

    /// Waits up to the input timeout for a key. Everything already waiting is read before deciding: printable
    /// characters together are one paste (one undo step and one redraw for a pasted text), a lone ESC is the
    /// Escape key only when nothing follows it.
    mutating func read(from source: InputSource) -> Event {
        if let key = decoder.next() { return .key(key) }
        if pendingResize {
            pendingResize = false
            return .resize
        }
        switch source.next(waitingUpTo: decoder.isInsidePaste ? pasteTimeout : inputTimeout) {
        case nil:
            // Nothing for a whole timeout: a bracketed paste whose end marker never came is given as it is.
            decoder.flush(endingPaste: true)
            return decoder.next().map { .key($0) } ?? .timeout
        case .resize:
            return .resize
        case let unit?:
            feed(unit)
        }
        reading: while !decoder.hasKeys {
            var unit = source.next(waitingUpTo: 0)
            if unit == nil, decoder.isInsideSequence || decoder.isInsidePaste {
                // The rest may come in a later read (a slow link, a long paste): a moment's grace.
                unit = source.next(waitingUpTo: sequenceDelay)
            }
            switch unit {
            case nil:
                decoder.flush()
                break reading
            case .resize:
                pendingResize = true
                decoder.flush()
                break reading
            case let unit?:
                feed(unit)
            }
        }
        if let key = decoder.next() { return .key(key) }
        if pendingResize {
            pendingResize = false
            return .resize
        }
        return .timeout
    }

    private mutating func feed(_ unit: InputUnit) {
        switch unit {
        case .scalar(let scalar): decoder.feed(scalar)
        case .cursesKey(let name): decoder.feed(cursesKeyName: name)
        case .resize: break
        }
    }
}
