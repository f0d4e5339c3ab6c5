extension StringProtocol {
    /// The text without surrounding spaces and line breaks.
    public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension String {
    /// Words, for the "a real description, not two words" rules.
    public var wordCount: Int {
        split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }).count
    }

    /// The text with control characters (including terminal escape sequences' ESC) removed,
    /// line breaks and tabs kept: what may go into a letter or onto a screen.
    public var withoutControlCharacters: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x0A: scalars.append(scalar)
            case 0x09: scalars.append(" ")
            case 0x0D: continue
            case 0x00..<0x20, 0x7F..<0xA0: continue
            case 0x2028, 0x2029: scalars.append("\n")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

import Foundation
