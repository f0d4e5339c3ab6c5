extension WizardState {
    /// The timeline screen scrolls; Tab and Shift-Tab leave it like the last field of a screen would.
    mutating func handleTimelineKey(_ key: Key, context: UpdateContext) -> [Effect] {
        switch KeyMap.timeline.action(for: key) {
        case .up?: timelineScroll = max(0, timelineScroll - 1)
        case .down?: timelineScroll += 1
        case .top?: timelineScroll = 0
        case .next?: return go(to: .review, context: context)
        case .previous?: return go(to: .expectations, context: context)
        case nil: break
        }
        return []
    }
}
