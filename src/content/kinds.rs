//! The names of every kind the content files use, defined once: each variant with the slug the
//! `content/*.toml` files (and the page's `data-*` attributes) write, and the label a reader
//! reads. `build.rs` includes this file too, to read the slugs it checks, so the content files,
//! the generated statics and the page cannot disagree.

macro_rules! kinds {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $slug:literal, $label:literal;)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        #[allow(dead_code)]
        impl $name {
            /// Every variant, in the order the page shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The slug the content files and the page's attributes write.
            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)*
                }
            }

            /// The variant a slug names, if any.
            pub fn from_slug(slug: &str) -> Option<Self> {
                match slug {
                    $($slug => Some($name::$variant),)*
                    _ => None,
                }
            }

            /// How the page names it to a reader.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)*
                }
            }
        }
    };
}

kinds! {
    /// What a block of the article is. The seed text's layout decides it: the standfirst
    /// question, section headings, paragraphs, and the pull quote with its attribution.
    BlockKind {
        Standfirst = "standfirst", "standfirst";
        Heading = "heading", "heading";
        Paragraph = "paragraph", "paragraph";
        Quote = "quote", "quote";
        Attribution = "attribution", "attribution";
    }
}

kinds! {
    /// Where a price comes from.
    PriceOrigin {
        /// A figure the article gives: shown by default.
        Article = "article", "From the article";
        /// A figure from public price lists, not from the article: an extra row, off by default.
        PriceList = "price-list", "Price list, not in the article";
    }
}

kinds! {
    /// Which tokens a price is for.
    TokenKind {
        Output = "output", "output";
        Input = "input", "input";
    }
}

kinds! {
    /// What kind of claim a sentence makes (the kinds of tests/fixtures/seed/sources.md), in the order
    /// the index's filter shows them.
    ClaimKind {
        CompanyStatement = "company-statement", "Company statement";
        PriceList = "price-list", "Price list";
        AnalystView = "analyst-view", "Analyst view";
        MarketData = "market-data", "Market data";
        MarketHistory = "market-history", "Market history";
        NewsReport = "news-report", "News report";
        ResearchReport = "research-report", "Research report";
        Accusation = "accusation", "Accusation";
        GovernmentAccusation = "government-accusation", "Government accusation";
        Denial = "denial", "Denial";
        AuthorsClaim = "authors-claim", "Author's claim";
        AuthorsOpinion = "authors-opinion", "Author's opinion";
    }
}

kinds! {
    /// Which side of the diagram a node belongs to.
    Track {
        /// The theory the controls were meant to prove.
        Intended = "intended", "the policy's theory";
        /// What the article says happened.
        Happened = "happened", "what the article says happened";
    }
}

kinds! {
    /// Why an arrow is drawn.
    Relation {
        /// What the policy intended.
        Intended = "intended", "intended by the policy";
        /// What was reported to have happened.
        Reported = "reported", "reported";
        /// What an analyst predicts.
        Predicted = "predicted", "predicted by an analyst";
        /// What the author argues.
        Argued = "argued", "argued by the author";
    }
}
