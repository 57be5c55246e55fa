/// The seven fixed themes of the "7+X" model; their names and descriptions live in `themes.json`.
public enum FixedTheme: String, Sendable, CaseIterable, Codable {
    /// 学习教育.
    case study
    /// 民主议事.
    case deliberation
    /// 党务公开.
    case disclosure
    /// 组织生活.
    case organisationalLife = "organisational-life"
    /// 联系服务群众.
    case servePublic = "serve-public"
    /// 志愿服务.
    case volunteer
    /// 实践活动.
    case practice
}
