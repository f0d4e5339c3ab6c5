extension String {
    /// The text as one line that is safe to print or draw: control characters (terminal escape sequences' ESC
    /// among them) removed, each line break replaced by `lineBreak`.
    ///
    /// The command line shows a line break as a space; the wizard marks it (" ⏎ ") so that the user sees it is
    /// there. Foundation's replacement runs only when there is a line break to replace: it is slow, and drawing
    /// and `recours list` call this very often.
    public func oneLine(lineBreak: String = " ") -> String {
        let clean = withoutControlCharacters
        guard clean.utf8.contains(0x0A) else { return clean }
        return clean.replacingOccurrences(of: "\n", with: lineBreak)
    }
}
