/// Columns of text on the terminal, as glibc's `wcwidth` counts them (which ncurses, tmux and most terminals use
/// to place cells): the table of `DisplayWidthTable.swift` is generated from it (`scripts/width-table`) and
/// `DisplayWidthTests` checks it against the `wcwidth` of the machine running the tests. A table rather than a call
/// to `wcwidth`: that one depends on the process's locale (in the C locale it knows no character beyond ASCII), and
/// the letters are wrapped with these widths too, in commands that never set a locale.
///
/// A grapheme cluster takes the columns of its scalars, as a terminal that writes them one after the other: a
/// combining accent none, a flag (two regional indicators, one column each) two. A scalar after a zero-width joiner
/// takes none (tmux draws an emoji ZWJ sequence as one emoji), and no cluster takes more than two columns (a cell and
/// its continuation).
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        // Fast paths (every cell of every frame comes here): ASCII, then one scalar of the Latin blocks before the
        // combining accents, which all take one column (U+0080–U+009F are controls).
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return byte >= 0x20 && byte != 0x7F ? 1 : 0 }
        if utf8.count == 2, let lead = utf8.first, lead >= 0xC2, lead < 0xCC {  // U+0080 … U+02FF
            return character.unicodeScalars.first!.value < 0xA0 ? 0 : 1
        }
        return slowWidth(character)
    }

    /// The general rule, for every character (`of(_:)` answers the common ones without it).
    static func slowWidth(_ character: Character) -> Int {
        var total = 0
        var afterJoiner = false
        for scalar in character.unicodeScalars {
            if !afterJoiner { total += of(scalar: scalar) }
            afterJoiner = scalar.value == 0x200D
        }
        return min(total, 2)
    }

    /// Columns of one scalar: 0, 1 or 2, from the table (`wcwidth`, a control or an unassigned scalar 0).
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        // Binary search among the ranges (first, last, width) whose width is not 1.
        let table = Self.table
        var low = 0
        var high = table.count / 3
        while low < high {
            let middle = (low + high) / 2
            if table[middle * 3 + 1] < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low < table.count / 3, table[low * 3] <= value else { return 1 }
        return Int(table[low * 3 + 2])
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }
}
