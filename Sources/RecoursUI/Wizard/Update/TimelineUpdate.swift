extension WizardState {
    /// The timeline screen scrolls; Tab and Shift-Tab leave it like the last field of a screen would.
    mutating func handleTimelineKey(_ key: Key, context: UpdateContext) -> [Effect] {
        let action = KeyMap.timeline.action(for: key)
        var last: Int {
            let count = timelineLines(self, env: context.env, width: context.width).count
            return max(0, count - WizardLayout.contentRows(height: context.height))
        }
        switch action {
        case .up?: timelineScroll = max(0, min(timelineScroll, last) - 1)
        case .down?: timelineScroll = min(timelineScroll + 1, last)
        case .top?: timelineScroll = 0
        case .bottom?: timelineScroll = last
        case .next?: return go(to: .review, context: context)
        case .previous?: return go(to: .expectations, context: context)
        case nil: break
        }
        return []
    }
}
