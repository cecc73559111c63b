import Foundation

/// A checker for GraphML 1.0 documents, written from the rules of the published schema
/// (graphml.xsd: graphml-structure.xsd with the graphml-attributes.xsd extension, which is
/// what `xsi:schemaLocation` names), since no installable package ships the XSD. It runs in
/// Python's standard library and prints one line per violation; it checks:
///
/// - every element is in the GraphML namespace, with the content model of its type
///   (`graphml`: desc?, key*, (data|graph)*; `key`: desc?, default?; `graph`: desc?,
///   ((data|node|edge|hyperedge)* | locator); `node`: desc?, (((data|port)*, graph?) | locator);
///   `edge`: desc?, data*, graph?; `data`, `desc`, `default`: text only);
/// - the attributes each type declares, no others, the required ones present, enumerations
///   (`key/@for`, `key/@attr.type`, `graph/@edgedefault`) and `xs:NMTOKEN` and `xs:boolean`
///   values (`id`, `key`, `source`, `target`, `attr.name`, `directed`);
/// - the identity constraints: unique key, node, edge and graph ids; `data/@key` refers to a
///   declared key; an edge's `source` and `target` refer to a node;
/// - and, from the GraphML specification rather than the XSD: a `data` element's key is
///   declared for its element (or `all`), and int, long, boolean, float and double values parse.
enum GraphMLSchema {
    static let program = #"""
        import re, sys
        import xml.etree.ElementTree as ET
        NS = "{http://graphml.graphdrawing.org/xmlns}"
        XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
        start = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
        NMTOKEN = re.compile("[" + start + r"\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]+\Z")
        MODELS = {
            "graphml": r"(desc )?(key )*((data|graph) )*",
            "key": r"(desc )?(default )?",
            "graph": r"(desc )?(((data|node|edge|hyperedge) )*|locator )",
            "node": r"(desc )?((((data|port) )*(graph )?)|locator )",
            "edge": r"(desc )?(data )*(graph )?",
            "data": r"", "desc": r"", "default": r"",
        }
        FOR = {"all", "graphml", "graph", "node", "edge", "hyperedge", "port", "endpoint"}
        TYPES = {"boolean", "int", "long", "float", "double", "string"}
        PARSE = {"parse.nodeids", "parse.edgeids", "parse.order", "parse.nodes", "parse.edges",
                 "parse.maxindegree", "parse.maxoutdegree", "parse.indegree", "parse.outdegree"}
        # attribute: (required, kind); kind is "nmtoken", "boolean", a set of values, or None.
        ATTRS = {
            "graphml": {},
            "key": {"id": (True, "nmtoken"), "for": (False, FOR), "attr.name": (False, "nmtoken"),
                    "attr.type": (False, TYPES)},
            "graph": {"id": (False, "nmtoken"), "edgedefault": (True, {"directed", "undirected"})},
            "node": {"id": (True, "nmtoken")},
            "edge": {"id": (False, "nmtoken"), "source": (True, "nmtoken"), "target": (True, "nmtoken"),
                     "directed": (False, "boolean"), "sourceport": (False, "nmtoken"),
                     "targetport": (False, "nmtoken")},
            "data": {"key": (True, "nmtoken"), "id": (False, "nmtoken")},
            "desc": {}, "default": {},
        }
        errors = []
        def check(element, path):
            if not element.tag.startswith(NS):
                errors.append(f"{path}: {element.tag} is not in the GraphML namespace"); return
            name = element.tag[len(NS):]
            if name not in MODELS:
                errors.append(f"{path}: <{name}> is not checked here"); return
            children = [c.tag[len(NS):] if c.tag.startswith(NS) else c.tag for c in element]
            if not re.fullmatch(MODELS[name], "".join(c + " " for c in children)):
                errors.append(f"{path}: <{name}> content {children} does not follow the schema")
            declared = ATTRS[name]
            for attribute, value in element.attrib.items():
                if attribute.startswith(XSI) or (name in ("graph", "node") and attribute in PARSE):
                    continue
                if attribute not in declared:
                    errors.append(f"{path}: <{name}> has undeclared attribute {attribute}"); continue
                kind = declared[attribute][1]
                if kind == "nmtoken" and not NMTOKEN.match(value):
                    errors.append(f"{path}: {attribute}={value!r} is not an xs:NMTOKEN")
                elif kind == "boolean" and value not in ("true", "false", "1", "0"):
                    errors.append(f"{path}: {attribute}={value!r} is not an xs:boolean")
                elif isinstance(kind, set) and value not in kind:
                    errors.append(f"{path}: {attribute}={value!r} is not one of {sorted(kind)}")
            for attribute, (required, _) in declared.items():
                if required and attribute not in element.attrib:
                    errors.append(f"{path}: <{name}> lacks required attribute {attribute}")
            for index, child in enumerate(element):
                check(child, f"{path}/{children[index]}[{index}]")
        root = ET.parse(sys.argv[1]).getroot()
        if root.tag != NS + "graphml":
            errors.append(f"the root is {root.tag}, not graphml")
        check(root, "/graphml")
        def unique(tag):
            ids = [e.get("id") for e in root.iter(NS + tag) if e.get("id") is not None]
            for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
                errors.append(f"{tag} id {duplicate!r} is not unique")
            return set(ids)
        keys = {k.get("id"): k for k in root.iter(NS + "key")}
        unique("key"); nodes = unique("node"); unique("edge"); unique("graph")
        for edge in root.iter(NS + "edge"):
            for end in ("source", "target"):
                if edge.get(end) not in nodes:
                    errors.append(f"edge {edge.get('id')}: {end} {edge.get(end)!r} is no node")
        for parent in root.iter():
            for data in parent.findall(NS + "data"):
                key = keys.get(data.get("key"))
                if key is None:
                    errors.append(f"data key {data.get('key')!r} is not declared"); continue
                domain = key.get("for", "all")
                if domain not in ("all", parent.tag[len(NS):]):
                    errors.append(f"data key {data.get('key')!r} is for {domain}, used on {parent.tag[len(NS):]}")
                value, kind = data.text or "", key.get("attr.type", "string")
                try:
                    if kind in ("int", "long"): int(value)
                    elif kind in ("float", "double"): float(value)
                    elif kind == "boolean" and value.lower() not in ("true", "false", "1", "0"): raise ValueError
                except ValueError:
                    errors.append(f"data key {data.get('key')!r}: {value!r} is not a {kind}")
        print("\n".join(errors) if errors else "valid")
        """#
}
