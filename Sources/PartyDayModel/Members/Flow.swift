/// Whether a member is a flowing member (流动党员), and where to or from.
public enum Flow: Sendable, Hashable, Codable {
    /// Not flowing.
    case none
    /// 流入: a member of another organisation who takes part here.
    case inflow(from: String)
    /// 流出: a member of this branch who takes part at another organisation.
    case outflow(to: String)

    /// The stored code: none, inflow or outflow.
    public var code: String {
        switch self {
        case .none: "none"
        case .inflow: "inflow"
        case .outflow: "outflow"
        }
    }

    /// The other organisation, if any.
    public var organisation: String? {
        switch self {
        case .none: nil
        case .inflow(let from): from
        case .outflow(let to): to
        }
    }

    /// Rebuilds a flow from its stored code and organisation; nil for an unknown code.
    public init?(code: String, organisation: String?) {
        switch code {
        case "none": self = .none
        case "inflow": self = .inflow(from: organisation ?? "")
        case "outflow": self = .outflow(to: organisation ?? "")
        default: return nil
        }
    }

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .none: LocalizedText(zh: "", en: "")
        case .inflow(let from): LocalizedText(zh: "流入(\(from))", en: "inflow (\(from))")
        case .outflow(let to): LocalizedText(zh: "流出(\(to))", en: "outflow (\(to))")
        }
    }
}
