//! The export-control diagram: content integrity, graph validation (with broken fixtures),
//! causes and effects, the counterfactual, keyboard moves, and both layouts free of overlaps.

use explainer::content::{
    ARTICLE, COUNTERFACTUAL, EDGE_TEXTS, EDGES, Edge, NODE_TEXTS, NODES, Node, Relation, STORY,
    StoryStep, Track,
};
use explainer::model::geometry::*;
use explainer::model::graph::*;

fn graph() -> Graph<'static> {
    Graph::new(NODES, EDGES)
}

fn idx(id: &str) -> usize {
    NODES
        .iter()
        .position(|n| n.id == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

fn ids(set: impl IntoIterator<Item = usize>) -> Vec<&'static str> {
    let mut v: Vec<_> = set.into_iter().map(|i| NODES[i].id).collect();
    v.sort();
    v
}

#[test]
fn the_diagram_content_is_valid() {
    graph()
        .validate(STORY, Some(&COUNTERFACTUAL))
        .unwrap_or_else(|e| {
            panic!(
                "{}",
                e.iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        });
}

#[test]
fn every_sentence_a_node_rests_on_is_in_the_article_verbatim() {
    for (n, text) in NODES.iter().zip(NODE_TEXTS) {
        assert!(!text.sentences.is_empty(), "{} rests on no sentence", n.id);
        for s in text.sentences {
            assert!(
                ARTICLE.iter().any(|b| b.text.contains(s)),
                "{}: {s:?} is not in the article",
                n.id
            );
        }
    }
}

#[test]
fn the_diagram_uses_the_articles_names_and_both_tracks() {
    let labels: Vec<&str> = NODES.iter().map(|n| n.label).collect();
    for name in [
        "US export controls",
        "Huawei Ascend 950",
        "SMIC",
        "SMIC shares up 10%",
        "A parallel AI infrastructure",
    ] {
        assert!(labels.contains(&name), "{name}");
    }
    assert!(labels.iter().any(|l| l.contains("Nvidia")));
    assert!(labels.iter().any(|l| l.contains("Lagos")));
    assert!(NODES.iter().any(|n| n.track == Track::Intended));
    assert!(NODES.iter().any(|n| n.track == Track::Happened));
    for r in [
        Relation::Intended,
        Relation::Reported,
        Relation::Predicted,
        Relation::Argued,
    ] {
        assert!(EDGES.iter().any(|e| e.relation == r), "{r:?} is used");
    }
}

#[test]
fn where_the_record_differs_the_diagram_says_so() {
    let v4 = idx("v4-on-ascend");
    assert!(NODES[v4].contested, "the box is marked");
    assert!(
        NODE_TEXTS[v4].contested.unwrap().contains("serving"),
        "Huawei speaks of serving V4"
    );
    assert!(NODE_TEXTS[v4].contested.unwrap().contains("not disclosed"));
    let training = EDGES.iter().position(|e| e.to == v4).unwrap();
    assert!(EDGE_TEXTS[training].contested.is_some());
    // A box is marked exactly where its words say the record differs.
    for (n, text) in NODES.iter().zip(NODE_TEXTS) {
        assert_eq!(n.contested, text.contested.is_some(), "{}", n.id);
    }
}

#[test]
fn causes_and_effects() {
    let g = graph();
    assert_eq!(
        ids(g.upstream(idx("slower-progress"))),
        ["export-controls", "no-nvidia"]
    );
    assert_eq!(
        ids(g.upstream(idx("smic-shares"))),
        ["ascend-950", "smic", "v4-on-ascend"]
    );
    assert_eq!(
        ids(g.downstream(idx("ascend-950"))),
        [
            "domestic-adoption",
            "global-development",
            "parallel-infrastructure",
            "smic-shares",
            "v4-on-ascend"
        ]
    );
    assert!(g.downstream(idx("developers-worldwide")).is_empty());
    let into_global: Vec<&str> = g
        .edges_into(idx("global-development"))
        .iter()
        .map(|&k| NODES[EDGES[k].from].id)
        .collect();
    assert_eq!(into_global, ["parallel-infrastructure", "open-cheap-v4"]);
    assert_eq!(
        g.edges_from(idx("developers-worldwide")),
        Vec::<usize>::new()
    );
    let sel = idx("v4-on-ascend");
    let states = g.states(sel);
    assert_eq!(states[sel], NodeState::Selected);
    assert_eq!(states[idx("smic")], NodeState::Cause);
    assert_eq!(states[idx("global-development")], NodeState::Effect);
    assert_eq!(states[idx("export-controls")], NodeState::Dimmed);
}

#[test]
fn without_domestic_chips_the_chip_chain_loses_its_support_and_the_price_argument_stands() {
    let g = graph();
    assert_eq!(NODES[COUNTERFACTUAL.remove].id, "ascend-950");
    let lost = ids(g.counterfactual(COUNTERFACTUAL.remove));
    assert_eq!(
        lost,
        [
            "domestic-adoption",
            "parallel-infrastructure",
            "smic-shares",
            "v4-on-ascend"
        ]
    );
    // Global development keeps a cause (the open, cheap model); so do the developers.
    assert!(!lost.contains(&"global-development"));
    assert!(!lost.contains(&"developers-worldwide"));
    assert!(!lost.contains(&"smic"), "causes upstream are not lost");
    assert!(COUNTERFACTUAL.label.contains("Without domestic chips"));
}

#[test]
fn the_story_visits_every_node_once_starting_with_the_theory() {
    let order = story_nodes(STORY);
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(sorted, (0..NODES.len()).collect::<Vec<_>>());
    assert_eq!(NODES[order[0]].id, "export-controls");
    // Every step after the first follows an arrow from an earlier step, or starts a new chain
    // (a node nothing leads to): the story never shows an effect before one of its causes.
    let g = graph();
    for (k, &node) in order.iter().enumerate().skip(1) {
        let mut causes = g.parents(node).peekable();
        let new_chain = causes.peek().is_none();
        let follows = g.parents(node).any(|c| order[..k].contains(&c));
        assert!(
            new_chain || follows,
            "step {}: {} follows no earlier step",
            k + 1,
            NODES[node].id
        );
    }
}

#[test]
fn keyboard_moves_follow_the_arrows() {
    let g = graph();
    let all = |_| true;
    for arrangement in [Arrangement::Wide, Arrangement::Narrow] {
        assert_eq!(
            g.step(idx("export-controls"), Move::Forward, arrangement, all),
            Some(idx("no-nvidia"))
        );
        assert_eq!(
            g.step(idx("no-nvidia"), Move::Back, arrangement, all),
            Some(idx("export-controls"))
        );
        assert_eq!(
            g.step(idx("export-controls"), Move::Back, arrangement, all),
            None
        );
        assert_eq!(
            g.step(idx("developers-worldwide"), Move::Forward, arrangement, all),
            None
        );
        // Every node can be reached from the first with moves alone.
        let mut reached = std::collections::BTreeSet::from([0usize]);
        let mut todo = vec![0usize];
        while let Some(v) = todo.pop() {
            for mv in [Move::Forward, Move::Back, Move::Next, Move::Previous] {
                if let Some(w) = g.step(v, mv, arrangement, all)
                    && reached.insert(w)
                {
                    todo.push(w);
                }
            }
        }
        assert_eq!(reached.len(), NODES.len(), "{arrangement:?}");
    }
    // Hidden nodes are skipped.
    let intended_only = |i: usize| NODES[i].track == Track::Intended;
    assert_eq!(
        g.step(
            idx("export-controls"),
            Move::Next,
            Arrangement::Wide,
            intended_only
        ),
        Some(idx("no-nvidia"))
    );
}

#[test]
fn both_layouts_have_no_overlapping_nodes_labels_or_arrows() {
    let g = graph();
    for arrangement in [Arrangement::Wide, Arrangement::Narrow] {
        let l = g.layout(arrangement);
        for (i, a) in l.nodes.iter().enumerate() {
            assert!(a.x + a.w <= l.width && a.y + a.h <= l.height);
            for b in &l.nodes[i + 1..] {
                assert!(!a.overlaps(b), "{arrangement:?}: boxes overlap");
            }
            // Labels fit their box: few enough lines, short enough lines.
            assert!(
                a.lines.len() <= MAX_LINES,
                "{arrangement:?}: {:?} has too many lines",
                a.lines
            );
            for line in &a.lines {
                assert!(
                    line.chars().count() <= LINE_CHARS,
                    "{arrangement:?}: {line:?} is too long"
                );
            }
            assert!(a.lines.len() as u32 * LINE <= a.h - 8);
        }
        for (k, e) in g.edges.iter().enumerate() {
            let path = &l.edges[k];
            for (j, b) in l.nodes.iter().enumerate() {
                if j == e.from || j == e.to {
                    continue;
                }
                for p in &path.samples {
                    assert!(
                        !b.contains(*p, -4.0),
                        "{arrangement:?}: the arrow {} -> {} crosses {}",
                        NODES[e.from].id,
                        NODES[e.to].id,
                        NODES[j].id
                    );
                }
            }
        }
    }
    // Wide flows left to right, narrow top to bottom, and narrow fits a phone.
    let wide = g.layout(Arrangement::Wide);
    let narrow = g.layout(Arrangement::Narrow);
    assert!(wide.width > wide.height);
    assert!(narrow.height > narrow.width);
    assert!(narrow.width <= 360);
}

// --- Validation errors, on broken fixtures -------------------------------------------------

fn node(id: &'static str, cell: (u32, u32)) -> Node {
    Node {
        id,
        label: id,
        track: Track::Happened,
        contested: false,
        wide: cell,
        narrow: cell,
    }
}

fn edge(from: usize, to: usize) -> Edge {
    Edge {
        from,
        to,
        relation: Relation::Reported,
    }
}

#[test]
fn validation_names_unknown_ids_duplicates_and_cycles() {
    let nodes = [node("a", (0, 0)), node("b", (1, 0)), node("a", (2, 0))];
    let edges = [edge(0, 1), edge(1, 7), edge(0, 1)];
    let errs = Graph::new(&nodes, &edges).validate(&[], None).unwrap_err();
    assert!(errs.contains(&GraphError::DuplicateId("a".into())));
    assert!(errs.contains(&GraphError::UnknownNode { edge: 1, index: 7 }));
    assert!(errs.contains(&GraphError::DuplicateEdge("a".into(), "b".into())));

    let nodes = [node("a", (0, 0)), node("b", (1, 0)), node("c", (2, 0))];
    let edges = [edge(0, 1), edge(1, 2), edge(2, 0)];
    let errs = Graph::new(&nodes, &edges).validate(&[], None).unwrap_err();
    match &errs[0] {
        GraphError::Cycle(c) => assert_eq!(c.first(), c.last()),
        e => panic!("expected a cycle, got {e}"),
    }
    assert!(errs[0].to_string().contains("cycle"));

    let nodes = [node("a", (0, 0)), node("b", (0, 0))];
    let errs = Graph::new(&nodes, &[])
        .validate(
            &[StoryStep {
                node: 5,
                narration: "",
            }],
            None,
        )
        .unwrap_err();
    assert!(
        errs.iter()
            .any(|e| matches!(e, GraphError::SharedCell { .. }))
    );
    assert!(errs.contains(&GraphError::StoryUnknownNode(5)));
}

#[test]
fn an_edge_from_an_unknown_node_is_named_and_read_no_further() {
    let nodes = [node("a", (0, 0)), node("b", (1, 0))];
    let edges = [edge(7, 1), edge(7, 1)];
    let errs = Graph::new(&nodes, &edges).validate(&[], None).unwrap_err();
    assert_eq!(
        errs,
        [
            GraphError::UnknownNode { edge: 0, index: 7 },
            GraphError::UnknownNode { edge: 1, index: 7 }
        ]
    );
}

#[test]
fn node_states_are_written_as_the_style_sheet_reads_them() {
    let words: Vec<&str> = [
        NodeState::Selected,
        NodeState::Cause,
        NodeState::Effect,
        NodeState::Dimmed,
    ]
    .iter()
    .map(|s| s.attr())
    .collect();
    assert_eq!(words, ["selected", "cause", "effect", "dimmed"]);
}

#[test]
fn the_text_equivalent_ignores_a_story_step_past_the_last_node() {
    assert_eq!(
        graph().cause_list(&[NODES.len(), NODES.len() + 3]),
        graph().cause_list(&[])
    );
}

#[test]
fn labels_wrap_at_spaces() {
    assert_eq!(
        wrap("Developers in Lagos, Jakarta and São Paulo"),
        ["Developers in", "Lagos, Jakarta", "and São Paulo"]
    );
    assert_eq!(wrap("SMIC"), ["SMIC"]);
}

#[test]
fn the_text_equivalent_lists_every_arrow_once_cause_first() {
    let list = graph().cause_list(&story_nodes(STORY));
    let first: Vec<&str> = list.iter().take(2).map(|(c, _)| NODES[*c].id).collect();
    assert_eq!(first, ["export-controls", "no-nvidia"]);
    let mut arrows: Vec<usize> = list.iter().flat_map(|(_, es)| es.iter().copied()).collect();
    arrows.sort();
    assert_eq!(arrows, (0..EDGES.len()).collect::<Vec<_>>());
    for (cause, edges) in &list {
        assert!(edges.iter().all(|&k| EDGES[k].from == *cause));
    }
}

#[test]
fn lit_arrows_are_those_on_the_selected_nodes_chains() {
    let g = graph();
    let states = g.states(idx("v4-on-ascend"));
    let lit: Vec<(&str, &str)> = (0..EDGES.len())
        .filter(|&k| g.edge_lit(&states, k))
        .map(|k| (NODES[EDGES[k].from].id, NODES[EDGES[k].to].id))
        .collect();
    assert!(lit.contains(&("ascend-950", "v4-on-ascend")));
    assert!(lit.contains(&("smic", "ascend-950")));
    assert!(lit.contains(&("parallel-infrastructure", "global-development")));
    assert!(
        !lit.iter()
            .any(|(a, _)| *a == "export-controls" || *a == "open-cheap-v4")
    );
}

#[test]
fn a_panel_under_a_node_starts_where_its_box_ends_in_thousandths_of_the_width() {
    let layout = graph().layout(Arrangement::Narrow);
    for (i, node) in NODES.iter().enumerate() {
        let b = &layout.nodes[i];
        let below = layout.below(i);
        // Scaled back to the figure's units, it lands on the box's bottom edge (within rounding).
        let at = below * layout.width / 1000;
        assert!(
            at <= b.y + b.h && b.y + b.h - at <= layout.width / 1000 + 1,
            "{}: {at} vs {}",
            node.id,
            b.y + b.h
        );
    }
    // A lower box ends further down.
    let mut by_bottom: Vec<usize> = (0..NODES.len()).collect();
    by_bottom.sort_by_key(|&i| layout.nodes[i].y + layout.nodes[i].h);
    assert!(
        by_bottom
            .windows(2)
            .all(|w| layout.below(w[0]) <= layout.below(w[1]))
    );
    assert_eq!(layout.below(NODES.len()), 0, "no such node");
}

#[test]
fn a_cycle_is_named_from_its_first_node_in_content_order_and_without_the_nodes_leading_to_it() {
    // x leads into the loop a -> b -> c -> a; the message names the loop alone, from a.
    let nodes = [
        node("x", (0, 0)),
        node("a", (1, 0)),
        node("b", (2, 0)),
        node("c", (3, 0)),
    ];
    let edges = [edge(0, 1), edge(1, 2), edge(2, 3), edge(3, 1)];
    let errs = Graph::new(&nodes, &edges).validate(&[], None).unwrap_err();
    assert_eq!(
        errs,
        [GraphError::Cycle(vec![
            "a".into(),
            "b".into(),
            "c".into(),
            "a".into()
        ])]
    );
    assert_eq!(
        errs[0].to_string(),
        "the edges form a cycle: a -> b -> c -> a"
    );

    // Two paths meeting again (a diamond) are not a cycle.
    let nodes = [
        node("a", (0, 0)),
        node("b", (1, 0)),
        node("c", (1, 1)),
        node("d", (2, 0)),
    ];
    let edges = [edge(0, 1), edge(0, 2), edge(1, 3), edge(2, 3)];
    assert_eq!(Graph::new(&nodes, &edges).validate(&[], None), Ok(()));
}

#[test]
fn the_counterfactual_follows_a_loss_down_every_step_whatever_the_content_order() {
    // "far" comes before "near" in the content, and loses its only cause only once "near" has
    // lost its own; "shared" keeps a cause that stands ("root").
    let nodes = [
        node("removed", (0, 0)),
        node("far", (2, 0)),
        node("near", (1, 0)),
        node("shared", (1, 1)),
        node("root", (0, 1)),
    ];
    let edges = [edge(2, 1), edge(0, 2), edge(0, 3), edge(4, 3)];
    let g = Graph::new(&nodes, &edges);
    assert_eq!(g.validate(&[], None), Ok(()));
    let lost: Vec<&str> = g
        .counterfactual(0)
        .into_iter()
        .map(|i| nodes[i].id)
        .collect();
    assert_eq!(lost, ["far", "near"]);
    assert!(
        g.counterfactual(4).is_empty(),
        "shared keeps the removed node as a cause"
    );
}

#[test]
fn next_and_previous_read_across_the_flow_then_along_it() {
    // Four nodes in a square (column, row): wide reads down each column, then the next column;
    // narrow reads along each row, then the next row.
    let nodes = [
        node("a", (0, 0)),
        node("d", (1, 1)),
        node("b", (0, 1)),
        node("c", (1, 0)),
    ];
    let g = Graph::new(&nodes, &[]);
    let name = |i: Option<usize>| i.map(|i| nodes[i].id);
    let walk = |start: &str, mv: Move, arrangement: Arrangement, shown: &dyn Fn(usize) -> bool| {
        let mut at = nodes.iter().position(|n| n.id == start);
        let mut seen = Vec::new();
        while let Some(i) = at {
            seen.push(nodes[i].id);
            at = g.step(i, mv, arrangement, shown);
        }
        seen
    };
    let all = |_: usize| true;
    assert_eq!(
        walk("a", Move::Next, Arrangement::Wide, &all),
        ["a", "b", "c", "d"]
    );
    assert_eq!(
        walk("d", Move::Previous, Arrangement::Wide, &all),
        ["d", "c", "b", "a"]
    );
    assert_eq!(
        walk("a", Move::Next, Arrangement::Narrow, &all),
        ["a", "c", "b", "d"]
    );
    assert_eq!(
        walk("d", Move::Previous, Arrangement::Narrow, &all),
        ["d", "b", "c", "a"]
    );
    // From the middle, one step each way.
    assert_eq!(
        name(g.step(2, Move::Previous, Arrangement::Wide, all)),
        Some("a")
    );
    assert_eq!(
        name(g.step(2, Move::Next, Arrangement::Wide, all)),
        Some("c")
    );
    // Hidden nodes are stepped over.
    let no_b = |i: usize| nodes[i].id != "b";
    assert_eq!(
        walk("a", Move::Next, Arrangement::Wide, &no_b),
        ["a", "c", "d"]
    );
    assert_eq!(
        walk("d", Move::Previous, Arrangement::Narrow, &no_b),
        ["d", "c", "a"]
    );

    // On the article's diagram, Next from the first node visits every node once, and Previous
    // from the last goes back the same way.
    let g = graph();
    for arrangement in [Arrangement::Wide, Arrangement::Narrow] {
        let first = (0..NODES.len())
            .find(|&i| g.step(i, Move::Previous, arrangement, all).is_none())
            .unwrap();
        let mut forward = vec![first];
        while let Some(i) = g.step(*forward.last().unwrap(), Move::Next, arrangement, all) {
            forward.push(i);
        }
        let mut once = forward.clone();
        once.sort();
        assert_eq!(
            once,
            (0..NODES.len()).collect::<Vec<_>>(),
            "{arrangement:?}"
        );
        let mut back = vec![*forward.last().unwrap()];
        while let Some(i) = g.step(*back.last().unwrap(), Move::Previous, arrangement, all) {
            back.push(i);
        }
        back.reverse();
        assert_eq!(back, forward, "{arrangement:?}");
    }
}

// --- Geometry, written out on a small fixture ------------------------------------------------
//
// Boxes are 156 × 68 with a margin of 8; columns 200 apart (184 on phones), rows 102 apart.

/// Six nodes (column, row): a (0,0), b (1,0), c (0,1), d (1,2), e (2,1), f (1,1).
fn grid() -> [Node; 6] {
    [
        node("a", (0, 0)),
        node("b", (1, 0)),
        node("c", (0, 1)),
        node("d", (1, 2)),
        node("e", (2, 1)),
        node("f", (1, 1)),
    ]
}

#[test]
fn boxes_stand_in_their_cells_and_the_figure_holds_them_with_its_margin() {
    let nodes = grid();
    let wide = layout(&nodes, &[], Arrangement::Wide);
    let at: Vec<(u32, u32)> = wide.nodes.iter().map(|b| (b.x, b.y)).collect();
    assert_eq!(
        at,
        [
            (8, 8),
            (208, 8),
            (8, 110),
            (208, 212),
            (408, 110),
            (208, 110)
        ]
    );
    assert!(wide.nodes.iter().all(|b| (b.w, b.h) == (156, 68)));
    assert_eq!((wide.width, wide.height), (572, 288));
    assert_eq!(wide.nodes[0].lines, ["a"]);

    let narrow = layout(&nodes, &[], Arrangement::Narrow);
    let at: Vec<(u32, u32)> = narrow.nodes.iter().map(|b| (b.x, b.y)).collect();
    assert_eq!(
        at,
        [
            (8, 8),
            (192, 8),
            (8, 110),
            (192, 212),
            (376, 110),
            (192, 110)
        ]
    );
    assert_eq!((narrow.width, narrow.height), (540, 288));

    // Each arrangement reads its own cell.
    let mut moved = node("m", (0, 0));
    moved.narrow = (1, 2);
    let l = layout(&[moved], &[], Arrangement::Narrow);
    assert_eq!((l.nodes[0].x, l.nodes[0].y), (192, 212));
    assert_eq!((l.width, l.height), (356, 288));

    let empty = layout(&[], &[], Arrangement::Wide);
    assert_eq!((empty.width, empty.height), (8, 8));
}

#[test]
fn arrows_leave_and_enter_the_sides_that_face_each_other() {
    let nodes = grid();
    let (a, b, c, d, e, f) = (0, 1, 2, 3, 4, 5);
    let edges = [
        edge(a, b),
        edge(b, a),
        edge(a, c),
        edge(c, a),
        edge(a, d),
        edge(a, e),
        edge(a, f),
    ];
    let wide = layout(&nodes, &edges, Arrangement::Wide);
    let paths: Vec<&str> = wide.edges.iter().map(|p| p.d.as_str()).collect();
    assert_eq!(
        paths,
        [
            "M164 42C186 42 186 42 208 42",   // a -> b: right side to left side
            "M208 42C186 42 186 42 164 42",   // b -> a: left side to right side
            "M86 76C86 93 86 93 86 110",      // a -> c: bottom to top
            "M86 110C86 93 86 93 86 76",      // c -> a: top to bottom
            "M86 76C86 144 286 144 286 212",  // a -> d: two rows down, one column: mostly down
            "M164 42C286 42 286 144 408 144", // a -> e: two columns, one row: mostly sideways
            "M164 42C186 42 186 144 208 144", // a -> f: one of each: sideways
        ]
    );
    // On phones the columns are closer, so one column and one row is mostly down.
    let narrow = layout(&nodes, &[edge(a, f), edge(a, b)], Arrangement::Narrow);
    let paths: Vec<&str> = narrow.edges.iter().map(|p| p.d.as_str()).collect();
    assert_eq!(
        paths,
        [
            "M86 76C86 93 270 93 270 110",
            "M164 42C178 42 178 42 192 42"
        ]
    );
}

#[test]
fn an_arrow_s_samples_lie_on_its_curve_from_end_to_end() {
    let nodes = grid();
    let l = layout(&nodes, &[edge(0, 4), edge(0, 3)], Arrangement::Wide);
    let near = |p: (f64, f64), want: (f64, f64)| {
        (p.0 - want.0).abs() < 1e-9 && (p.1 - want.1).abs() < 1e-9
    };
    // a -> e: M164 42 C286 42 286 144 408 144, at t = 0, 1/4, 1/2, 3/4, 1.
    let s = &l.edges[0].samples;
    assert_eq!(s.len(), 33);
    for (i, want) in [
        (0, (164.0, 42.0)),
        (8, (236.4375, 57.9375)),
        (16, (286.0, 93.0)),
        (24, (335.5625, 128.0625)),
        (32, (408.0, 144.0)),
    ] {
        assert!(near(s[i], want), "sample {i}: {:?}, not {want:?}", s[i]);
    }
    // a -> d: M86 76 C86 144 286 144 286 212.
    let s = &l.edges[1].samples;
    for (i, want) in [
        (0, (86.0, 76.0)),
        (8, (117.25, 116.375)),
        (16, (186.0, 144.0)),
        (24, (254.75, 171.625)),
        (32, (286.0, 212.0)),
    ] {
        assert!(near(s[i], want), "sample {i}: {:?}, not {want:?}", s[i]);
    }
}

#[test]
fn boxes_overlap_only_when_they_share_area_and_contain_only_inside_their_inset() {
    let bx = |x, y| NodeBox {
        x,
        y,
        w: 10,
        h: 10,
        lines: vec![],
    };
    let a = bx(0, 0);
    for (other, overlaps) in [
        (bx(10, 0), false),
        (bx(9, 0), true),
        (bx(0, 10), false),
        (bx(0, 9), true),
        (bx(9, 9), true),
        (bx(10, 9), false),
    ] {
        assert_eq!(a.overlaps(&other), overlaps, "{other:?}");
        assert_eq!(other.overlaps(&a), overlaps, "{other:?}, the other way");
    }
    let b = NodeBox {
        x: 8,
        y: 8,
        w: 156,
        h: 68,
        lines: vec![],
    };
    for (p, inside) in [
        ((12.5, 20.0), true),
        ((12.0, 20.0), false),
        ((159.5, 20.0), true),
        ((160.0, 20.0), false),
        ((20.0, 12.5), true),
        ((20.0, 12.0), false),
        ((20.0, 71.5), true),
        ((20.0, 72.0), false),
    ] {
        assert_eq!(b.contains(p, 4.0), inside, "{p:?}");
    }
    // A negative inset grows the box.
    assert!(b.contains((5.0, 20.0), -4.0) && !b.contains((5.0, 20.0), 0.0));
}

#[test]
fn a_panel_starts_below_a_box_in_thousandths_of_the_width() {
    let l = layout(&grid(), &[], Arrangement::Wide);
    // (8 + 68) * 1000 / 572 and (212 + 68) * 1000 / 572, rounded down.
    assert_eq!((l.below(0), l.below(3)), (132, 489));
    // A figure with no width yet (nothing measured) does not divide by zero.
    let flat = Layout {
        width: 0,
        height: 0,
        nodes: vec![NodeBox {
            x: 0,
            y: 2,
            w: 0,
            h: 3,
            lines: vec![],
        }],
        edges: vec![],
    };
    assert_eq!(flat.below(0), 5000);
}

#[test]
fn a_label_line_holds_up_to_seventeen_characters_counted_as_letters_not_bytes() {
    assert_eq!(wrap("abcdefgh abcdefgh"), ["abcdefgh abcdefgh"]);
    assert_eq!(wrap("abcdefgh abcdefghi"), ["abcdefgh", "abcdefghi"]);
    assert_eq!(wrap("ééééééé ééééééééé"), ["ééééééé ééééééééé"]);
    assert_eq!(wrap("  a   b  "), ["a b"]);
    assert!(wrap("").is_empty());
}

/// Every node has its pane in the page and the style rule that shows it when selected.
#[test]
fn each_node_has_a_pane_and_the_rule_that_shows_it() {
    let rules = explainer::widgets::diagram::pane_rules();
    let page = explainer::pages::render_page(None);
    assert_eq!(rules.lines().count(), NODES.len());
    for n in NODES {
        let id = n.id;
        assert!(
            rules.contains(&format!(
                ".diagram-details[data-selected=\"{id}\"] .details-pane[data-pane=\"{id}\"] {{ display: block; }}"
            )),
            "{id}: its rule"
        );
        assert_eq!(
            page.matches(&format!("data-pane=\"{id}\"")).count(),
            1,
            "{id}: its pane"
        );
    }
}
