/// The date a stage's letter bears: the day it was sent when its stage record says so, otherwise today. A
/// complaint sent on 28 September is exported dated 28 September, whatever day it is exported on, and reads as it
/// did that day (deadlines, "sans réponse" and enclosures are counted on that date).
extension Dossier {
    /// The day the letter of the stage was sent, as typed in its record; nil while it is being written. Stage 1's
    /// record holds the date of the contact itself, not of the written summary; stage 4's `date` is the day the
    /// petition or the last letter was filed or sent (recorded by the "Comment envoyer" step), not the court's
    /// decision.
    public func sendingDate(of stage: EscalationStage) -> CalendarDate? {
        stage == .customerService ? nil : DateParser.date(sending(of: stage).date)
    }

    /// The date of the letter of the stage: its sending date once sent, else `today` (also for a sending date
    /// typed in the future, which the validator reports: a letter is never dated after the day it is written).
    public func letterDate(of stage: EscalationStage, today: CalendarDate) -> CalendarDate {
        guard let sent = sendingDate(of: stage), sent <= today else { return today }
        return sent
    }

    /// The attachments the letter of the stage encloses, in the dossier's order, with their index in it.
    ///
    /// A document is enclosed when it exists at the letter's date: dated on or before it — strictly before for a
    /// letter already sent, since what bears its sending date is the letter itself (its copy, its receipt) — and,
    /// when it names the stage it appeared at, of that stage or an earlier one. A document that appears later (the
    /// answer to the letter, the next stage's papers) is never enclosed. A document with neither a date nor a stage
    /// is enclosed in every letter, as before these keys existed.
    public func enclosures(of stage: EscalationStage, today: CalendarDate) -> [(index: Int, attachment: Attachment)] {
        let letter = letterDate(of: stage, today: today)
        let sent = sendingDate(of: stage) != nil
        return dispute.attachments.enumerated().compactMap { index, attachment in
            guard !attachment.isBlank else { return nil }
            if let appeared = attachment.stage, appeared > stage { return nil }
            if let dated = DateParser.date(attachment.date), sent ? dated >= letter : dated > letter { return nil }
            return (index, attachment)
        }
    }
}
