/// What a field holds: it decides how the field is edited and whether its value is free text.
public enum FieldKind: Equatable, Sendable {
    /// One line of free text.
    case text
    /// A date, typed (kept as typed, interpreted by the validator).
    case date
    /// Free text of several lines.
    case multilineText
    /// An identifier picked from a list ("BE", "phone", "2", a catalog id); "" means not chosen.
    case choice
    /// The list of attachments (its value is the count; each attachment has its own fields).
    case attachmentList

    /// Free text the user typed: it is cleaned of control characters before any output.
    public var isFreeText: Bool {
        switch self {
        case .text, .date, .multilineText: true
        case .choice, .attachmentList: false
        }
    }
}

/// The schema entry of one field: where it is in the JSON, what it holds, which stage it belongs to, and how to
/// read and write it as a string. Built by `Field.info`; its constructors below build the path and the accessor
/// from the same key path, so they cannot disagree.
public struct FieldInfo {
    public let path: String
    public let kind: FieldKind
    /// The stage whose screen holds the field; nil for the fields common to every stage.
    public let stage: EscalationStage?
    let get: (Dossier) -> String
    let set: (inout Dossier, String) -> Void

    /// A text of the dossier itself.
    static func text(_ path: String, _ value: WritableKeyPath<Dossier, String>, _ kind: FieldKind = .text) -> Self {
        Self(path: path, kind: kind, stage: nil, get: { $0[keyPath: value] }, set: { $0[keyPath: value] = $1 })
    }

    /// An identifier of the dossier picked from a list (a catalog id).
    static func choice(_ path: String, _ value: WritableKeyPath<Dossier, String>) -> Self {
        Self(path: path, kind: .choice, stage: nil, get: { $0[keyPath: value] }, set: { $0[keyPath: value] = $1 })
    }

    /// A choice stored as an enumeration that always has a value: an unknown identifier changes nothing.
    static func choice<E: RawRepresentable>(_ path: String, _ value: WritableKeyPath<Dossier, E>) -> Self
    where E.RawValue: LosslessStringConvertible {
        Self(
            path: path, kind: .choice, stage: nil, get: { String(describing: $0[keyPath: value].rawValue) },
            set: { dossier, text in
                if let raw = E.RawValue(text), let choice = E(rawValue: raw) { dossier[keyPath: value] = choice }
            })
    }

    /// A choice that may be unmade: "" or an unknown identifier unmakes it.
    static func choice<E: RawRepresentable>(_ path: String, _ value: WritableKeyPath<Dossier, E?>) -> Self
    where E.RawValue == String {
        Self(
            path: path, kind: .choice, stage: nil, get: { $0[keyPath: value]?.rawValue ?? "" },
            set: { $0[keyPath: value] = E(rawValue: $1) })
    }

    /// The list of attachments: read as its count, not written as a string.
    static func attachmentList(_ path: String) -> Self {
        Self(
            path: path, kind: .attachmentList, stage: nil, get: { String($0.dispute.attachments.count) },
            set: { _, _ in })
    }

    /// A text of the attachment at `index`; writing past the end adds blank attachments up to it.
    static func attachment(
        _ index: Int, _ name: String, _ value: WritableKeyPath<Attachment, String>, _ kind: FieldKind = .text
    ) -> Self {
        Self(
            path: "dispute.attachments[\(index)].\(name)", kind: kind, stage: nil,
            get: {
                index >= 0 && index < $0.dispute.attachments.count ? $0.dispute.attachments[index][keyPath: value] : ""
            },
            set: { dossier, text in
                guard index >= 0 else { return }
                while dossier.dispute.attachments.count <= index { dossier.dispute.attachments.append(Attachment()) }
                dossier.dispute.attachments[index][keyPath: value] = text
            })
    }

    /// The stage an attachment appeared at ("1"…"4", "" for none).
    static func attachmentStage(_ index: Int) -> Self {
        Self(
            path: "dispute.attachments[\(index)].stage", kind: .choice, stage: nil,
            get: {
                index >= 0 && index < $0.dispute.attachments.count
                    ? $0.dispute.attachments[index].stage.map { String($0.rawValue) } ?? "" : ""
            },
            set: { dossier, text in
                guard index >= 0 else { return }
                let stage = Int(text).flatMap(EscalationStage.init(rawValue:))
                guard stage != nil || index < dossier.dispute.attachments.count else { return }
                while dossier.dispute.attachments.count <= index { dossier.dispute.attachments.append(Attachment()) }
                dossier.dispute.attachments[index].stage = stage
            })
    }

    /// A stage's own request or reasons: read as what its letter uses (its own text, else the prefill), written as
    /// its own (creating the record). An empty text typed by the member stays empty: it is not the prefill.
    static func stageText(_ text: StageText, _ stage: EscalationStage) -> Self {
        Self(
            path: "stages.\(StageRecords.recordType(of: stage).jsonName).\(text.rawValue)", kind: .multilineText,
            stage: stage,
            get: { $0.stageText(text, of: stage) },
            set: { dossier, value in
                guard value != dossier.stageText(text, of: stage) || dossier.ownText(text, of: stage) != nil else {
                    return
                }
                dossier.setOwnText(text, of: stage, to: value)
            })
    }

    /// A text of a stage's record; writing a non-empty value creates the record.
    static func record<R: StageRecord>(
        _ stage: EscalationStage, _ name: String, _ record: WritableKeyPath<StageRecords, R?>,
        _ value: WritableKeyPath<R, String>, _ kind: FieldKind = .text
    ) -> Self {
        Self(
            path: "stages.\(R.jsonName).\(name)", kind: kind, stage: stage,
            get: { $0.stages[keyPath: record]?[keyPath: value] ?? "" },
            set: { dossier, text in dossier.stages.edit(record, creating: !text.isEmpty) { $0[keyPath: value] = text } }
        )
    }

    /// A choice of a stage's record stored as an enumeration.
    static func recordChoice<R: StageRecord, E: RawRepresentable>(
        _ stage: EscalationStage, _ name: String, _ record: WritableKeyPath<StageRecords, R?>,
        _ value: WritableKeyPath<R, E?>
    ) -> Self where E.RawValue == String {
        Self(
            path: "stages.\(R.jsonName).\(name)", kind: .choice, stage: stage,
            get: { $0.stages[keyPath: record]?[keyPath: value]?.rawValue ?? "" },
            set: { dossier, text in
                dossier.stages.edit(record, creating: !text.isEmpty) { $0[keyPath: value] = E(rawValue: text) }
            })
    }
}

extension StageRecords {
    /// Edits a stage's record in place; a missing one is created only when `creating` (a non-empty value).
    fileprivate mutating func edit<R: StageRecord>(
        _ path: WritableKeyPath<StageRecords, R?>, creating: Bool, _ edit: (inout R) -> Void
    ) {
        if self[keyPath: path] == nil {
            guard creating else { return }
            self[keyPath: path] = R.empty
        }
        edit(&self[keyPath: path]!)
    }
}

/// Reading and writing any field of a dossier by its `Field`, as the wizard does, through its schema entry.
/// Choices are read and written as their raw identifiers ("BE", "phone", "2"…); "" means not chosen.
/// Writing into a stage's field creates that stage's record, unless the value is empty.
extension Dossier {
    public subscript(field: Field) -> String {
        get { field.info.get(self) }
        set { field.info.set(&self, newValue) }
    }

    /// The dossier with every free-text field stripped of control characters, for printing (letters, `check`,
    /// `list`). Derived from the schema: a new free-text field is cleaned without being named here.
    public var sanitizedForOutput: Dossier {
        var clean = self
        for field in Field.all(in: self) where field.kind.isFreeText {
            let value = clean[field]
            let cleaned = value.withoutControlCharacters
            if cleaned != value { clean[field] = cleaned }
        }
        return clean
    }
}
