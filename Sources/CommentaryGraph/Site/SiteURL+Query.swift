extension SiteURL {
    /// The parameters of `query` named in `names`, decoded (`%XX`, `+` as a space), lower
    /// case, in the order of `names` (the first of a name that comes twice), as `a=1&b=2`.
    static func normalizedQuery(_ query: Substring, names: [String]) -> String {
        var kept: [(order: Int, pair: String)] = []
        for pair in query.split(whereSeparator: { $0 == "&" || $0 == ";" }) {
            let equals = pair.firstIndex(of: "=") ?? pair.endIndex
            let name = decode(pair[..<equals])
            guard let order = names.firstIndex(of: name), !kept.contains(where: { $0.order == order }) else { continue }
            let value = equals == pair.endIndex ? "" : decode(pair[pair.index(after: equals)...])
            kept.append((order, name + "=" + value))
        }
        return kept.sorted { $0.order < $1.order }.map(\.pair).joined(separator: "&")
    }

    private static func decode(_ text: Substring) -> String {
        PercentDecoding.decode(text.replacingOccurrences(of: "+", with: " ")).lowercased()
    }
}
