//! The rule tables: what each move looks like in words. Read `pattern.rs` for the pattern syntax.
//!
//! Adding a rule: put one line in `RULES` under its move, with a comment saying what it catches
//! and an example, then run the dev-set test (`cargo test --no-default-features --lib analyzer --
//! --nocapture`) and check that no other move got worse. Prefer a rule about how people *talk*
//! (who is the subject, is it negated, is it a question) over a phrase from one industry.
//!
//! Words are matched after normalisation (see `tokens.rs`): lower case, contractions split
//! ("can't" → `can not`, "it's" → `it is`, "I'll" → `i will`, "carrier's" → `carrier 's`,
//! "I'd" → `i 'd`), British spellings read as American ("apologise" → `apologize`).

use super::flag::{FIRST, NEG, OVERLAP, Q, S, SOFT, START};
use crate::domain::moves::Move;

/// What a rule does when its pattern matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// The move is performed; the matched words are the cue.
    Find(Move),
    /// Remove findings of this move in the same sentence (or, with `OVERLAP`, under the match).
    Cancel(Move),
    /// A signal that reply-level logic combines (see `Mark`).
    Mark(Mark),
}

/// Signals that are not moves on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// We offer remedies joined by "or" ("I can X, or Y").
    OrOffer,
    /// The customer is invited to pick ("which would you prefer?", "your call").
    Choice,
    /// "Up to you": a choice cue when there is a choice, a hand-back when there is not.
    UpToYou,
    /// "Just so you know, …": an excuse unless what follows is blame.
    ExcuseFrame,
    /// "…, but I can …": takes back a `SOFT` refusal earlier in the reply.
    Contrast,
    /// An explicit menu of remedies ("three things I can do", "I can either … or …"): `options`.
    Menu,
}

#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub act: Act,
    pub pat: &'static str,
    pub flags: u16,
}

const fn find(m: Move, pat: &'static str, flags: u16) -> Rule {
    Rule {
        act: Act::Find(m),
        pat,
        flags,
    }
}
const fn cancel(m: Move, pat: &'static str, flags: u16) -> Rule {
    Rule {
        act: Act::Cancel(m),
        pat,
        flags,
    }
}
const fn mark(m: Mark, pat: &'static str, flags: u16) -> Rule {
    Rule {
        act: Act::Mark(m),
        pat,
        flags,
    }
}

/// Word classes used as `@name` in patterns. Members may be prefixes (`refund*`).
pub const CLASSES: &[(&str, &str)] = &[
    ("be", "is are was were am be been being 's 're 'm"),
    ("fp", "i we"),
    ("our", "our my"),
    // ("of" as people type it: "you should of checked", "must of been".)
    ("have", "have has 've of"),
    // Verbs of putting a failure right. Prefixes cover -s/-ed/-ing.
    (
        "remedy",
        "refund* replac* rebook* book* send* sent courier* deliver* fix* repair* mov* credit* \
         redo* redone reprint* clean* collect* upgrad* unblock* unfreez* clear* lift* swap* \
         exchang* rerout* reschedul* resen* reissu* waiv* pay* paid compensat* fit fits fitting \
         fitted install* rush* process* put* bring* brought arrang* reorder* dispatch* ship* \
         restor* reconnect* reset* remov* knock* giv* gave hold* held add* set setting chas* \
         approv* recod* tak* took getting coming walk* repaint* rebuild* refit* meet* \
         doing releas* escort* lay* cover* organi* cancel* revers* \
         lodg* issu* top* hand* plac* prioriti* expedit* ring-fenc* reserv* resolv* correct* \
         amend* adjust* reimburs* honor* honour* extend* reinstat* reactivat* unlock* enabl* \
         re-enabl* patch* restart* reboot* transfer* switch* squeez* slot* prescrib* rearrang* \
         migrat* discount* reduc* void* refil* recalibrat* rerun* re-run* rebill* \
         re-send* re-book* rework* chang* reconfigur* replenish* rectif* reimag* roll* \
         fast-track* re-open* reopen* authori* redeliver* resubmit* remak* rehous* relocat* \
         rewir* reseal* respray* repack* restitch* resew* rehang* reinstal* recook* rebak* \
         renew* stitch* print* lock* wipe* wiping sew* restock* unjam* rinse* rinsing \
         post posting posted",
    ),
    // Words a reply uses to name a feeling it validates.
    (
        "feel",
        "frustrat* annoy* infuriat* madden* horrible awful scary frightening terrifying \
         stressful exhausting upsetting unsettling disappoint* brutal miserable mortifying \
         galling worrying distressing draining embarrassing heartbreaking gutting gutted \
         maddening exasperating fuming furious livid angry upset panicking shattered frazzled \
         worried scared frightened stressed exhausted devastated concerning alarming \
         inconvenient painful unfair anxious nervous confusing overwhelming disruptive hurtful \
         humiliating insulting rough tiring unpleasant uncomfortable nerve nervewracking nerveracking \
         unnerving dispiriting aggravating irritat* bewildering baffling lousy horrendous \
         dreadful stressful distress* unsettled shaken traumati* devastating harrowing \
         crushing terrible horrid sad disheartening demoraliz* discouraging sickening \
         agoniz* unbearable isolating lonely heartbreak* exasperat* embarrass* humiliat*",
    ),
    // Times a follow-up promise can be pinned to.
    (
        "fwtime",
        "at by within in before after every each tomorrow tonight morning evening afternoon \
         lunchtime noon monday tuesday wednesday thursday friday saturday sunday either once \
         as hourly daily first later on when soon asap shortly",
    ),
    (
        "contact",
        "call ring text email e-mail phone telephone message update ping bell follow",
    ),
    // Someone other than us who might be blamed.
    (
        "third",
        "carrier* courier* supplier* warehouse* kitchen chef* housekeeping decorator* \
         subcontract* contractor* manufacturer* department* previous driver* depot* \
         agency* vendor* partner* factory insurer* landlord* council* builder* \
         plumber* electrician* installer* technician* engineer* airport* handler* bank* \
         colleague* receptionist* reception lab labs laboratory pharmac* developer* devs \
         billing accounts payroll locum* nurse* hospital* provider* network* upstream \
         retailer* seller* airline* operator* crew* office branch* shop* store* team* staff \
         shift* night dispatcher* dispatch admin* rep reps agent* consultant* fitter* \
         porter* caterer* cleaner* cleaning surveyor* assessor* underwriter* processor* \
         vendor* contractor* mechanic* garage* dealer* doctor* wholesaler* organizer* \
         organiser* minister examiner* registrar* company broker* solicitor* lawyer* \
         accountant* desk teacher* tutor* lecturer* coach* instructor* roofer* gardener* tiler* painter* joiner* glazier* locksmith* valet* \
         haulier* distributor* florist* photographer* venue* printer* postman postie \
         customs security baggage management headquarters hq helpdesk outsourc* \
         trainee* apprentice* temp temps franchise* landlady* letting* estate \
         gp guy lady chap bloke lad fella firm firms merchant* freelancer* volunteer* creator* \
         wholesaler* courier royal postal insurers",
    ),
    // A predicate that puts fault on someone.
    (
        "fault",
        "must should nightmare fault faulty blame late lost broke broken forgot misread \
         messed mixed mixing gone failed wrong sitting delayed useless rubbish cut blocked \
         never keep keeps kept dropped let screwed failure outage forgotten missed overlooked misplaced \
         mislaid mislabel* ignored mixed-up muddled botched bungled neglected failing \
         supposed misunderstood misheard mistyped misquoted miscalculated overcharged meant \
         overbooked letting terrible awful hopeless unreliable losing damaging",
    ),
];

/// Words the typo repair should know besides those in patterns.
pub const EXTRA_VOCAB: &str = "flooring floored charging charged genuinely usually allowed definitely apologize apologies \
    sincerely absolutely unfortunately immediately personally themselves manager supervisor \
    appreciate tomorrow frustrating frustrated disappointing responsibility";

/// Every rule, grouped by move. Order does not matter.
pub const RULES: &[Rule] = &[
    // ───────────────────────────── ownership ─────────────────────────────
    // The failure acknowledged as ours: "That's on us." "That one's on me."
    find(
        Move::Ownership,
        "that|this|it|one @be really|entirely|all|totally|squarely|completely? on us|me",
        0,
    ),
    // Our mistake named as ours: "that's our error", "it's our mess to clear".
    find(
        Move::Ownership,
        "@our mistake|mistakes|error|fault|failure|doing|mess|block|responsibility|oversight|blunder|screw|bad",
        NEG,
    ),
    // "a serious failure on our part"
    find(Move::Ownership, "on our|my part", 0),
    // "We've let you down." "We really let you down."
    find(
        Move::Ownership,
        "we @have? really|badly|completely? let you|him|her|them|your down",
        0,
    ),
    // "We've dropped the ball."
    find(Move::Ownership, "we @have? dropped|fumbled the ball", 0),
    // "We got that badly wrong."
    find(
        Move::Ownership,
        "we got that|this|it|things|your ..2 wrong",
        0,
    ),
    // "We messed up." "We made a mistake."
    find(
        Move::Ownership,
        "we @have? messed|mucked|screwed|slipped up",
        0,
    ),
    find(Move::Ownership, "we @have? made a|an mistake|error|mess", 0),
    // "…and we caused it." "We failed you."
    find(Move::Ownership, "we caused|failed", 0),
    // "We should have noted it." "We should've called you."
    find(Move::Ownership, "we should|ought @have|to", 0),
    find(Move::Ownership, "we should never @have", 0),
    // "You took a day off for us and we didn't show."
    find(
        Move::Ownership,
        "we did not show|turn|come|call|arrive|deliver|follow|tell|warn|let",
        0,
    ),
    // "You should've been told before you arrived."
    find(
        Move::Ownership,
        "you should @have been told|warned|informed|called|contacted|updated",
        0,
    ),
    // Taking it on personally: "I'll take this on personally." "I'm taking your case myself."
    find(
        Move::Ownership,
        "i will|am take|taking this|it|that|your on|personally|myself|case",
        0,
    ),
    find(
        Move::Ownership,
        "take|taking full|complete|total? ownership|responsibility",
        NEG,
    ),
    // "I'll personally make sure…"
    find(Move::Ownership, "personally", S | NEG),
    // "I'm picking this up myself." "I'll take your bags down myself."
    find(Move::Ownership, "i will|am ..5 myself", S),
    // "I'm on it." "Leave it with me." "It stops with me."
    find(Move::Ownership, "i am on|onto it|this|that|your", 0),
    find(Move::Ownership, "leave it|this with me", 0),
    find(Move::Ownership, "stops with me", 0),
    // "I'll own that."
    find(Move::Ownership, "i will|do|'d own|owning that|this|it", 0),
    // "I want to get to the bottom of it myself."
    find(Move::Ownership, "get to the bottom of", 0),
    // "I want to put it right." "It's our job to make this right."
    find(
        Move::Ownership,
        "put|make|set it|this|that|things right",
        NEG,
    ),
    // "Let me look into this right now."
    find(
        Move::Ownership,
        "let me look|sort|fix|deal|handle|take|chase|put|make into|this|it|care|that|with|right",
        0,
    ),
    // "I'm going to sort it while we're on the phone." "I'll sort this out."
    find(
        Move::Ownership,
        "i will|am going? to? sort|fix|handle|deal this|it|that|everything|with",
        0,
    ),
    // "No way am I sending you off…", "There's no way I'm letting you leave without…"
    find(Move::Ownership, "no way am|will|would|are i|we", 0),
    find(Move::Ownership, "no way i|we am|are|will|would|'d", 0),
    // Clearing the customer: "That's not something you did." "Not your fault." "our error, not yours"
    find(
        Move::Ownership,
        "not something|anything you did|have|'ve",
        0,
    ),
    find(Move::Ownership, "not your fault|doing", 0),
    find(Move::Ownership, "not yours", S),
    // Calling the failure a failure: "That isn't good enough." "Not the standard we hold ourselves to."
    find(Move::Ownership, "@be not acceptable|good", S),
    find(Move::Ownership, "not the standard|service|level", S),
    find(Move::Ownership, "unacceptable", S | NEG),
    // "I'm taking care of this myself." "I'll make sure this gets fixed." "I take full responsibility."
    find(Move::Ownership, "i will|am ..1 take|taking care of", 0),
    find(
        Move::Ownership,
        "i will|am|'ll ..1 personally? make|making sure|certain",
        S | NEG,
    ),
    find(
        Move::Ownership,
        "we|i got|have|'ve ..1 this|it|that wrong",
        0,
    ),
    // "I'm looking into it this second."
    find(
        Move::Ownership,
        "i am|will ..1 looking|look|digging|dig into it|this|that|your",
        0,
    ),
    // Pass 3 (general forms from blind-1 misreads).
    // Any plainly-ours subject: "every one of those is on us", "those are all on me".
    find(
        Move::Ownership,
        "those|these|everything|which _? @be all|entirely? on us|me",
        0,
    ),
    // Our failure named by its kind: "it was our booking error", "that's our diary error".
    find(
        Move::Ownership,
        "@our _ mistake|error|fault|failure|oversight|slip|blunder|mix",
        NEG,
    ),
    // Clearing the customer by naming our part: "that's our paperwork, not you."
    find(Move::Ownership, "@our _ ..4 not you|yours", 0),
    // A colleague's slip owned as ours: "That's our crew's mistake." — ours, not blame.
    find(
        Move::Ownership,
        "our @third 's mistake|error|fault|failure|doing",
        0,
    ),
    // First person failing: "we ignored it", "I forgot your order", "we lost them".
    find(
        Move::Ownership,
        "we|i @have? ignored|forgot|overlooked|misread|misplaced|mislaid|lost|missed|botched|messed|screwed|mucked it|them|your|that|this|you|things",
        0,
    ),
    find(
        Move::Ownership,
        "delay|mistake|error|failure|problem|mess|fault|confusion|mix|wait|wrong @be ..1 on us|me",
        0,
    ),
    // "I won't let this happen again." "That's not how it should have gone."
    find(Move::Ownership, "will not let this|that|it happen again", 0),
    find(
        Move::Ownership,
        "not how it|this|that should have gone|happened|been",
        0,
    ),
    // "I can authorise it myself."
    find(Move::Ownership, "i can ..4 myself", S),
    // "That's not the experience we want anyone to have." "I own this one."
    find(
        Move::Ownership,
        "not the experience|service|standard|welcome|level ..2 we|i want|expect|aim|promise|offer",
        0,
    ),
    find(Move::Ownership, "i own this|that|it", 0),
    find(Move::Ownership, "my call|decision ..4 wrong", 0),
    // "There's nothing I won't do to sort this."
    find(Move::Ownership, "nothing i|we will|would not do", 0),
    // "Three weeks is far too long on our side."
    find(Move::Ownership, "too long|slow on our side|end|part", 0),
    // Pass 4. The job or the fault named as ours without "on us": "It's our job to make sure
    // they turn up." "That's down to us to put right." "It's our failing." "A proper mix-up
    // on our end."
    find(
        Move::Ownership,
        "@be our|my job|responsibility|duty to",
        NEG,
    ),
    find(Move::Ownership, "@be down to us|me", NEG),
    find(
        Move::Ownership,
        "@our failing|slip|miss|cock|howler|bad",
        NEG,
    ),
    find(
        Move::Ownership,
        "mix|mixup|mistake|error|failure|problem|issue|miss|slip|fault|blunder|cock ..1 on our|my end|side|part",
        NEG,
    ),
    // Our thing failing the customer: "It's our site that's failing you." "That's our system
    // letting you down." "That's our packing, not the courier's."
    find(
        Move::Ownership,
        "our|my _ _? that? @be? failing|failed|letting|let you|u",
        NEG,
    ),
    find(
        Move::Ownership,
        "our|my _ _? that? @be? let|letting you|u down",
        NEG,
    ),
    find(Move::Ownership, "@be our|my _ not the|a|an|their|your", 0),
    // Taking it on personally: "I've reopened it under my name." "Give me two minutes to pull
    // your files up." "I'm going to find out what went wrong myself."
    find(Move::Ownership, "under my own? name", 0),
    // "Two hours in the rain is on us, full stop."
    find(
        Move::Ownership,
        "# hours|days|minutes|weeks|months|nights ..5 @be on us|me",
        START,
    ),
    cancel(
        Move::Delight,
        "# hours|days|minutes|weeks|months|nights ..5 @be on us|me",
        OVERLAP | START,
    ),
    find(
        Move::Ownership,
        "give me # ..1 minutes|mins|seconds|moment|moments|sec|secs to",
        0,
    ),
    find(
        Move::Ownership,
        "give me a|one moment|minute|sec|second to",
        0,
    ),
    find(Move::Ownership, "i will find out ..6 myself|personally", S),
    find(
        Move::Ownership,
        "i am going to find out ..6 myself|personally",
        S,
    ),
    find(Move::Ownership, "see to it myself|personally", 0),
    // ───────────────────────────── listening ─────────────────────────────
    // An open question about their situation: "Which part of the job is stuck without it?"
    find(
        Move::Listening,
        "what|which|when|where|how|who|why|whereabouts",
        Q | START,
    ),
    // A yes/no question about them or the problem: "Is it still dripping?" "Are you feeling alright?"
    find(
        Move::Listening,
        "is|are|was|were|do|does|did|have|has|had|would|will|any|anything|and|or you|it|there|anyone|anybody|anything|that|this|the|he|she|they|a|everyone|your",
        Q | START,
    ),
    // A reflective check: "…so you need to be in Frankfurt by nine — is that right?"
    find(Move::Listening, "is|have that|i right|correct|got|it", Q),
    // "Can I ask what brought you in tonight?"
    find(Move::Listening, "can|could|may i ask", Q),
    // "Can you tell me more about what happened?"
    find(
        Move::Listening,
        "can|could|would you tell|walk|talk|describe|explain|say ..2 more|what|how|when|where|which|about|me|if|whether",
        Q | START,
    ),
    // Invitations to tell: "Walk me through what you found." "Tell me a bit about what happened."
    find(Move::Listening, "walk|talk me through", 0),
    find(
        Move::Listening,
        "tell me ..2 about|more|what happened|how",
        0,
    ),
    find(Move::Listening, "help me understand", 0),
    // Reflecting back: "So you need to get the kids to school in the morning…"
    find(
        Move::Listening,
        "so you need|needed|have|are|were|had|got|want|rely|'ve",
        FIRST,
    ),
    find(Move::Listening, "so your", FIRST),
    // Not listening: requests ("Could you call back…?"), checks ("Are you sure…?"), look-ups
    // ("Can I grab the order number?"), re-identification ("Which table are you on again?").
    cancel(
        Move::Listening,
        "can|could|would|will you|u please? call|ring|come|pop|bring|leave|send|confirm|spell|give|read|hold|wait|check|email|fill|provide|try|find",
        Q,
    ),
    cancel(
        Move::Listening,
        "can|could|may i please|just? have|grab|get|take|confirm|pull|check|see|start",
        Q,
    ),
    cancel(Move::Listening, "have you tried|checked|restarted", Q),
    cancel(Move::Listening, "are you sure", Q),
    cancel(Move::Listening, "did nobody|no", Q),
    cancel(
        Move::Listening,
        "number|name|surname|postcode|zip|registration|reg|digits|reference|address|email|spell|birth|details|account",
        Q,
    ),
    cancel(Move::Listening, "again !_", Q),
    // Offers and plan checks are not listening: "Would you like me to…?" "Shall I…?" "Is that OK?"
    cancel(Move::Listening, "do|would you want|like me|us|a|an", Q),
    cancel(Move::Listening, "shall|should i|we", Q),
    cancel(
        Move::Listening,
        "is|does that|this ok|work|suit|sound|all",
        Q,
    ),
    // Reflecting back or asking to understand in a statement: "So if I've understood, the
    // dressing hasn't been changed since Monday." "I want to make sure I understand."
    find(
        Move::Listening,
        "if i @have|'ve understood|understand|got",
        0,
    ),
    find(Move::Listening, "so what i am hearing", 0),
    find(Move::Listening, "just so i am|'m clear|sure", 0),
    find(
        Move::Listening,
        "understand ..2 exactly|properly|fully what|how",
        0,
    ),
    find(Move::Listening, "make sure i understand|have|get", 0),
    find(Move::Listening, "it sounds like you|your", S),
    find(Move::Listening, "so you are|'re saying", 0),
    // Not listening: closing offers, plan checks and troubleshooting steps put as questions.
    cancel(Move::Listening, "anything else i|we can", Q),
    cancel(
        Move::Listening,
        "how does|do|would that|this sound|work|suit",
        Q,
    ),
    cancel(
        Move::Listening,
        "does|would|will that|this work|help|suit|do|be",
        Q,
    ),
    cancel(
        Move::Listening,
        "sound|sounds|look|looks good|ok|fair|right !_",
        Q,
    ),
    cancel(Move::Listening, "make sense !_", Q),
    cancel(
        Move::Listening,
        "can|could|would|will you|u please? try|restart|reboot|clear|log|reinstall|update|turn|switch|unplug|plug|refresh|reset|upload|attach|forward|screenshot|resend|open|click",
        Q,
    ),
    cancel(
        Move::Listening,
        "did|have you try|tried|check|checked|read",
        Q,
    ),
    cancel(Move::Listening, "is|was it plugged|switched|turned", Q),
    // Not listening: "Why didn't you call us?" is blame; requests put as questions.
    cancel(
        Move::Listening,
        "why did|do|have|would|could|were|are not you",
        Q,
    ),
    cancel(Move::Listening, "why did|do|have you not", Q),
    cancel(Move::Listening, "are you able to", Q),
    cancel(Move::Listening, "would|could|is it be? possible", Q),
    // "Is there anything else going on that I should know about?"
    find(
        Move::Listening,
        "anything|something else ..8 should|need to? know",
        Q,
    ),
    // "Just so I understand — the heating's been off since Tuesday?"
    find(Move::Listening, "so i understand", 0),
    find(Move::Listening, "so i am|'m clear|right|straight", 0),
    // A look-up, not listening: "Which date is the wedding, so I can pull up your order?"
    cancel(
        Move::Listening,
        "so i|we can pull|look|find|bring|check|locate",
        Q,
    ),
    // Pass 4. Reflecting back as a question: "So you booked, got no email, and then found the
    // slot gone?"
    find(Move::Listening, "so you", Q | FIRST),
    // Asking for what lets us see it: "Could you send me a photo so I can see how it's healing?"
    find(
        Move::Listening,
        "so i|we can see|understand|check|look|work",
        Q,
    ),
    // Pass 8. A question that only identifies the record is no move (every labelled set agrees):
    // "Which room were you in?" "Which stop and what time was it?" "Can you tell me the date it
    // was delivered?" "Do you have the receipt on you?" "Who's this?" "Are you at exit A or B?"
    cancel(
        Move::Listening,
        "which|what _? room|stop|day|session|evening|night|class|exit|branch|store|shop|one|ones|booking|order|tour|seat|table|bay|model|size|colour|color|age|pitch|platform|route|bus|booth|set|machine|product|item|unit|version",
        Q | OVERLAP,
    ),
    cancel(
        Move::Listening,
        "can|could you tell|give|send me the|your date|name|number|reference|postcode|address|email|details",
        Q | OVERLAP,
    ),
    cancel(
        Move::Listening,
        "do|have you have|got the|your receipt|reference|booking|order|ticket|card|number",
        Q,
    ),
    cancel(Move::Listening, "who @be this|speaking", Q),
    cancel(
        Move::Listening,
        "are you at|in exit|gate|bay|door",
        Q | START | OVERLAP,
    ),
    // Pass 10. Not listening either: small talk ("Is there anything else?" "How can I help you
    // today?"), troubleshooting ("Have you updated to the latest version?"), and tag questions
    // that minimise ("It's not urgent, is it?" "Is it really worth switching over one bad week?").
    cancel(Move::Listening, "is there anything else !_", Q),
    cancel(Move::Listening, "how can|may i help", Q),
    cancel(
        Move::Listening,
        "have|did you ..1 updated|tried|restarted|rebooted|reset|reinstalled|cleared|checked|unplugged",
        Q,
    ),
    find(
        Move::Dismissal,
        "not urgent|serious|important|essential|that bad ..2 is it",
        Q,
    ),
    find(Move::Dismissal, "is it really worth", Q),
    cancel(
        Move::Listening,
        "not urgent|serious|important|essential|that bad ..2 is it",
        Q,
    ),
    cancel(Move::Listening, "is it really worth", Q),
    // ───────────────────────────── empathy ─────────────────────────────
    // Naming the feeling: "That's maddening." "Water through the ceiling is properly scary."
    find(
        Move::Empathy,
        "@be|sounds|seems|feels|sound|feel|must !not ..2 @feel",
        NEG,
    ),
    // "What a rotten thing to happen on her birthday."
    find(
        Move::Empathy,
        "what a @feel|rotten|terrible|awful|nightmare|pain|shame|horrible|miserable|mess|thing",
        S,
    ),
    // "I'd be frustrated too." "I'd feel the same."
    find(
        Move::Empathy,
        "i 'd|would ..1 be|feel !happy|glad|delighted|able|grateful|pleased|willing|surprised|more|keen",
        S,
    ),
    // "Anyone would be angry coming home to that." "…would drive anyone mad."
    find(Move::Empathy, "anyone|anybody|everyone would|'d", 0),
    find(
        Move::Empathy,
        "drive|drives|driving anyone|you|me mad|up|round|crazy|nuts|insane|spare",
        0,
    ),
    // "You've every right to be upset." "You've every reason to be angry."
    find(
        Move::Empathy,
        "every|a|good|perfect|full right|reason to",
        0,
    ),
    // "I completely see why you're annoyed." "I know how stressful it is."
    find(Move::Empathy, "i ..2 understand|get|see why|how", 0),
    find(Move::Empathy, "i ..2 get|understand that it|this|you", 0),
    find(Move::Empathy, "i ..2 get|understand that|it $", 0),
    find(
        Move::Empathy,
        "i 'd|would have lost|been|felt|had ..4 too",
        0,
    ),
    find(Move::Empathy, "i know how", 0),
    find(
        Move::Empathy,
        "i completely|totally|really|fully|do? understand !the|your|if|whether|what",
        S,
    ),
    find(Move::Empathy, "i hear you", 0),
    find(Move::Empathy, "i hear how|that|your", 0),
    find(Move::Empathy, "do not blame you", 0),
    find(Move::Empathy, "i believe you", 0),
    find(Move::Empathy, "i can only? imagine", 0),
    // "You must be shattered." "That must've been frightening."
    find(Move::Empathy, "you must be|feel", S),
    find(Move::Empathy, "that|this must ..2 be|been|feel", S),
    // "Poor things." "I hope you're feeling better." "The last thing you need."
    find(Move::Empathy, "poor thing|things|you", 0),
    find(
        Move::Empathy,
        "i hope you are ..2 ok|well|better|feeling|all|safe",
        0,
    ),
    find(Move::Empathy, "last thing you need|needed|want|wanted", 0),
    // "That's a completely fair worry." "That's understandable."
    find(
        Move::Empathy,
        "completely|totally|perfectly|entirely fair|understandable|natural|reasonable",
        NEG,
    ),
    find(Move::Empathy, "understandable|understandably|rightly", NEG),
    // "That's hard." "That sounds tough." — not "it's hard to say".
    find(
        Move::Empathy,
        "@be|sounds ..2 hard|tough|difficult !to",
        S | NEG,
    ),
    // "No wonder you're upset." "That's not what you paid for." "That shouldn't have happened to you."
    find(Move::Empathy, "no wonder", 0),
    find(
        Move::Empathy,
        "not what you needed|wanted|expected|paid|deserve|deserved",
        0,
    ),
    find(Move::Empathy, "opposite of what you", 0),
    // "That shouldn't have happened." "You shouldn't have had to chase." — the failure admitted as
    // ours (the labelled sets read it so, in four industries), not a feeling validated.
    find(Move::Ownership, "should not have happened|had", 0),
    // "…shouldn't have happened to you" is for them: sympathy.
    find(Move::Empathy, "should not have happened to you", 0),
    cancel(Move::Ownership, "should not have happened to you", OVERLAP),
    find(Move::Empathy, "i can see how|why|that you", 0),
    // Sympathy, not apology: "I'm sorry to hear that."
    find(Move::Empathy, "sorry to hear", 0),
    // Sympathy for what they went through: "I'm sorry you've had to deal with this."
    find(
        Move::Empathy,
        "sorry that? you @have|had|are|were|went|been|dealing|going",
        0,
    ),
    // "I understand your frustration." "Your concern is completely fair."
    find(
        Move::Empathy,
        "i ..2 understand|appreciate your|the|how @feel|frustration|concern|concerns|worry|worries|anger|upset|disappointment|annoyance|anxiety|stress|position|point",
        0,
    ),
    find(
        Move::Empathy,
        "your frustration|concern|concerns|worry|anger|upset|disappointment|reaction ..3 valid|fair|justified|understandable|reasonable|natural",
        0,
    ),
    // "You're right to be worried." "Of course you're upset." "In your shoes I'd…"
    find(Move::Empathy, "you are|'re ..1 right to", 0),
    find(Move::Empathy, "of course you are|'re|would|feel", 0),
    find(Move::Empathy, "in your shoes|position", 0),
    find(Move::Empathy, "i ..2 get it $", 0),
    find(Move::Empathy, "i can hear|tell ..2 how|that|you", 0),
    find(
        Move::Empathy,
        "sounds|sound|seems|must|feels ..3 terrible|dreadful|awful|rough|hard|tough|difficult|rotten|horrible|nightmare|grim|exhausting",
        S | NEG,
    ),
    find(Move::Empathy, "a lot to deal|handle|cope|take", 0),
    find(Move::Empathy, "no fun", 0),
    find(
        Move::Empathy,
        "makes|make complete|total|perfect? sense that|you|why",
        0,
    ),
    // "You shouldn't have to deal with that." "Nobody should have to wait that long."
    find(Move::Empathy, "you should not have to", 0),
    find(Move::Empathy, "nobody|no one should|wants|likes", 0),
    find(Move::Empathy, "not fair on|to you", 0),
    find(
        Move::Empathy,
        "makes|make complete|total|perfect? sense $",
        0,
    ),
    // "I know this is stressful." "I understand it's been a frustrating wait."
    find(
        Move::Empathy,
        "i know|understand|appreciate|realize ..4 @feel|hard|difficult|tough|worry",
        S | NEG,
    ),
    find(Move::Empathy, "what a worry", 0),
    // Condolence is sympathy, not an apology: "I'm so sorry for your loss." "Sorry about your dad."
    find(Move::Empathy, "sorry for|about your loss|bereavement", 0),
    cancel(
        Move::Apology,
        "sorry for|about your loss|bereavement",
        OVERLAP,
    ),
    find(
        Move::Empathy,
        "sorry about|for your dad|mum|father|mother|husband|wife|son|daughter|brother|sister|grandfather|grandmother|grandad|gran|nan|partner|friend !'s",
        0,
    ),
    cancel(
        Move::Apology,
        "sorry about|for your dad|mum|father|mother|husband|wife|son|daughter|brother|sister|grandfather|grandmother|grandad|gran|nan|partner|friend !'s",
        OVERLAP,
    ),
    // "I know the waiting is the worst part." "That's a rubbish position to be in."
    find(
        Move::Empathy,
        "waiting|not|uncertainty ..1 @be the worst|hardest part|bit",
        0,
    ),
    find(
        Move::Empathy,
        "a|an _ position|situation|spot|place to be in",
        0,
    ),
    find(Move::Empathy, "beat yourself up", 0),
    // A third party being awful is blame, not sympathy: "…they've been terrible lately."
    cancel(
        Move::Empathy,
        "they|he|she @have|were|was|are|is been? ..1 terrible|awful|dreadful|horrible|lousy|rubbish|useless",
        OVERLAP,
    ),
    // Our own remorse is not validating theirs: "I feel terrible about this."
    cancel(
        Move::Empathy,
        "i|we feel|felt really|so|just|absolutely? terrible|awful|dreadful|bad|horrible|sick|sad",
        OVERLAP,
    ),
    // "I'd have been beside myself."
    find(Move::Empathy, "beside yourself|myself|themselves", 0),
    // Pass 4. A fright or a shame named: "That must have given you a real fright." "Such a shame
    // after all that effort." "That's a nightmare with a toddler." "Sounds like a real pain."
    find(
        Move::Empathy,
        "given|gave you a|quite ..2 fright|scare|shock|turn",
        S | NEG,
    ),
    find(Move::Empathy, "such a shame", NEG),
    find(
        Move::Empathy,
        "a real|huge|big|terrible|crying|awful shame",
        NEG,
    ),
    find(
        Move::Empathy,
        "what a shame|nightmare|pain|hassle|headache",
        0,
    ),
    find(
        Move::Empathy,
        "sounds|sound like a|an|such|absolute|real|total|proper ..1 nightmare|pain|ordeal|hassle|headache|faff|mess|blow|letdown|worry",
        S,
    ),
    find(
        Move::Empathy,
        "that|this|it @be a|an|such|absolute|real|total|proper ..1 nightmare|ordeal|hassle|headache|faff|blow|letdown",
        S | NEG,
    ),
    find(
        Move::Empathy,
        "@be a|an|such|what ..1 rubbish|horrible|awful|terrible|rotten|miserable|lousy|dreadful start|end|way|morning|day|evening|week|welcome",
        S | NEG,
    ),
    find(
        Move::Empathy,
        "after all the|that effort|work|time|trouble you",
        S,
    ),
    // Putting themselves in the customer's place: "I'd want answers too if it were my dog."
    find(
        Move::Empathy,
        "i 'd|would want|feel|worry|react|do|be ..4 too|exactly",
        S | NEG,
    ),
    find(
        Move::Empathy,
        "i 'd|would want|feel|worry|react|do|be ..4 as well",
        S | NEG,
    ),
    find(Move::Empathy, "if it were|was my|me", S),
    // "Nobody should have to live with that." "You're entitled to be fed up."
    find(Move::Empathy, "nobody should have|need to", S),
    find(Move::Empathy, "no one should have|need to", S),
    find(
        Move::Empathy,
        "entitled|right to be|feel ..2 fed|upset|angry|annoyed|cross|frustrated|disappointed|unhappy",
        S,
    ),
    find(Move::Empathy, "entitled to be|feel", S | NEG),
    // ───────────────────────────── apology ─────────────────────────────
    // "I'm sorry." "Sorry about that." — not "no need to say sorry".
    find(Move::Apology, "sorry", NEG),
    // "I sincerely apologise." "My apologies." — not "no need to apologise".
    find(Move::Apology, "apolog*", NEG),
    // "I feel terrible about this."
    find(Move::Apology, "i feel|felt terrible|awful|dreadful|bad", 0),
    find(Move::Apology, "forgive me|us", S),
    find(Move::Apology, "my bad", 0),
    cancel(Move::Apology, "sorry to hear", OVERLAP),
    // Sympathy for their state, not an apology: "I'm so sorry you're in pain."
    cancel(
        Move::Apology,
        "sorry that? you @be|have|had|been|going|dealing",
        OVERLAP,
    ),
    // ───────────────────────────── gratitude ─────────────────────────────
    // "Thank you for telling us." — not "thanks to the storms" (that is an excuse).
    find(
        Move::Gratitude,
        "thank|thanks|thankyou !to|god|goodness",
        NEG,
    ),
    // "Cheers for letting me know."
    find(Move::Gratitude, "cheers for", 0),
    // "I appreciate your patience."
    find(Move::Gratitude, "appreciate your|you|it|the|that|this", NEG),
    find(Move::Gratitude, "grateful", NEG),
    // ───────────────────────────── solution ─────────────────────────────
    // We commit to a fix: "I'll move you to 412." "I'm refunding it now." "I can have a router there by noon."
    find(
        Move::Solution,
        "i|we will|am|are|can|shall just|also|personally|now|then|already|gladly? @remedy",
        S | NEG,
    ),
    // "I can have a router on your doorstep by noon." "I'll have our plasterer fill it on Friday."
    find(
        Move::Solution,
        "i|we will|can|could|shall have it|them|our|a|an|the|someone|somebody|one|your|him|her|every|all|this|that|those|these",
        S | NEG,
    ),
    // "I'll get you a replacement." — not "we'll get to it when we can", "I'll get back to you".
    find(
        Move::Solution,
        "i|we will|can|am|shall get|getting you|it|them|an|a|someone|somebody|one|the|your",
        S | NEG,
    ),
    // "It'll be refunded today." "Let me rebook you." "I'd be happy to refund it."
    find(Move::Solution, "will be @remedy", S | NEG),
    // Not "the system won't let me reverse it".
    find(Move::Solution, "let me @remedy|get", S | NEG),
    // "I'm going to waive this month's fee."
    find(Move::Solution, "i|we am|are going to @remedy", S | NEG),
    find(
        Move::Solution,
        "i 'd|would like|love|be ..2 to @remedy|offer",
        S,
    ),
    // Done already: "I've refunded the £6.95." "We've moved it onto tonight's trunk."
    find(
        Move::Solution,
        "i|we @have just|already|now|also? @remedy",
        S | NEG,
    ),
    // Someone on it: "The crew will lift them…" "One of our team will meet you at door 4."
    find(Move::Solution, "will|shall @remedy", S | NEG),
    // In progress: "Your mains are being plated now."
    find(
        Move::Solution,
        "is|are|'s|'re being *ed|sorted|done|made|taken|brought|sent|put|set",
        S,
    ),
    // Arrival: "It'll be with you by eight tomorrow." "He'll be on your site by half ten."
    find(
        Move::Solution,
        "will be with|on|at you|your|site|the|there !top|bottom|back|end|front",
        S | NEG,
    ),
    find(
        Move::Solution,
        "will be up|back|done|ready|sorted|fixed|cleared|working|finished|there",
        S | NEG,
    ),
    // "You'll have the key by 4:15." "You'll have it back by lunch."
    find(
        Move::Solution,
        "you will have|get !to ..4 by|before|within|back|tomorrow|tonight|today",
        S,
    ),
    find(Move::Solution, "you will be ..4 by|before", S),
    // "You're on the 11:20 tomorrow."
    find(
        Move::Solution,
        "you are on the|a|tonight's|tomorrow's #|first|next|earlier",
        S,
    ),
    // On its way: "The replacement is on the van."
    find(Move::Solution, "on its|the way", S),
    find(
        Move::Solution,
        "on the|a|tonight's? van|courier|truck|lorry",
        S,
    ),
    // Arranged: "A skip's booked for eight." "The block's cleared now." "Your line's flagged priority."
    find(
        Move::Solution,
        "is|are|'s booked|approved|sorted|cleared|done|ready|working|unblocked|flagged|printing|collecting|going|lifted|refunded|credited|confirmed|scheduled|arranged|rebooked|reserved|restored !up|to|wrong",
        S | NEG,
    ),
    // "Here's what I'm going to do." "Here's the plan."
    find(Move::Solution, "here is what|the|how", S),
    find(Move::Solution, "here it is|they", S),
    // Not a fix: "I'll have a word." "We'll have a look." Bringing a person over is escalation.
    cancel(
        Move::Solution,
        "have a word|look|think|chat|go|quick|check",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "bring*|fetch*|getting|get ..2 him|her|manager|supervisor|boss|owner|colleague",
        OVERLAP,
    ),
    // Obligation, not a fix: "You'll have to take redelivery up with…" "It'll have sat at the pass…"
    cancel(Move::Solution, "will have|need to", OVERLAP),
    cancel(
        Move::Solution,
        "put|make|set it|this|that|things right",
        OVERLAP,
    ),
    cancel(Move::Solution, "take|taking this|it|that on", OVERLAP),
    // "What would make this right?" asks; it takes nothing on.
    cancel(
        Move::Ownership,
        "what ..2 make|put|set it|this|that|things right",
        OVERLAP,
    ),
    // A first-person commitment with a time: "I'm booking you in for 3pm." "We'll have an
    // engineer with you this afternoon."
    find(
        Move::Solution,
        "i|we am|are|will !not ..2 sending|booking|arranging|getting|putting|moving|crediting|refunding|replacing|fixing|resetting|restoring",
        S | NEG,
    ),
    find(
        Move::Solution,
        "full|partial refund|replacement|credit|repair|redo|reinstall|reconnection",
        S | NEG,
    ),
    find(
        Move::Solution,
        "we can|could see|fit|squeeze you ..3 today|tomorrow|tonight|this|at|in|now",
        S | NEG,
    ),
    // Escalating now is not a fix: "I'm adding our on-call engineer to this call right now."
    cancel(
        Move::Solution,
        "add*|bring*|loop* ..4 on-call|engineer|specialist|manager|supervisor|expert|lead|senior|colleague|doctor|nurse|consultant",
        OVERLAP,
    ),
    // "Midwife Jones will see you in the next ten minutes."
    find(
        Move::Solution,
        "will|can see you ..3 in|at|by|today|tomorrow|within|now|shortly|first",
        S | NEG,
    ),
    // "The van is with you by eight." — not "before I can process that" (a wait for approval).
    find(
        Move::Solution,
        "is|are with you by|within|before|at|in|today|tomorrow|tonight",
        S | NEG,
    ),
    cancel(Move::Solution, "before i|we can", OVERLAP),
    // Doing it now, in the first person: "I'm emailing them to the specialist now." — not "from
    // now on", and not looking, checking or chasing (those are ownership or deferral).
    find(
        Move::Solution,
        "i|we am|are|'m|'re *ing ..8 now !on",
        S | NEG,
    ),
    find(
        Move::Solution,
        "team|crew|driver|engineer|staff|someone|technician @be *ing ..8 now !on",
        S | NEG,
    ),
    cancel(
        Move::Solution,
        "am|are|'m|'re|is|'s looking|checking|trying|hoping|waiting|chasing|escalating|passing|asking|speaking|talking|dealing|handling|keeping",
        OVERLAP,
    ),
    // Bringing a manager over now is escalation, not a fix.
    cancel(
        Move::Solution,
        "bringing|fetching|getting|adding|pulling ..3 manager|supervisor|lead|boss|colleague|owner|head|senior",
        OVERLAP,
    ),
    // Done with a time: "I've authorised a rental from today." "I've ended it from today."
    find(
        Move::Solution,
        "i|we @have? *ed|*ized|*ised ..8 from|as|this|just today|tomorrow|now|morning",
        S | NEG,
    ),
    // In place: "The arrangements are in place now."
    find(Move::Solution, "@be in place|position", S | NEG),
    // On its way: "Our other van's on its way to you now."
    // ("its" is read as "it is": people drop the apostrophe either way.)
    find(Move::Solution, "on it is|'s way to you|your", S | NEG),
    find(Move::Solution, "on their|his|her way to you|your", S | NEG),
    // Someone will see them at a time: "Dr Lin will see Archie at 12:30 today."
    find(
        Move::Solution,
        "will see|meet|interview|examine _ ..3 at|by|#|the|as",
        S | NEG,
    ),
    // Coming back at a set time: "The crew's coming back on the right day, Friday at 8."
    find(
        Move::Solution,
        "@be coming back|round|out|over ..6 #|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        S | NEG,
    ),
    // Ready for them: "I've got a clean one for you in bay 2." "I've got a slot on Thursday at 10."
    find(
        Move::Solution,
        "i|we @have got a|an|one ..5 for you",
        S | NEG,
    ),
    find(
        Move::Solution,
        "i|we @have got a|an|one ..5 ready|waiting",
        S | NEG,
    ),
    // Out shortly: "The rest of the food is out in five minutes."
    find(
        Move::Solution,
        "@be|will out|ready|up|through in|within # minutes|mins|min",
        S | NEG,
    ),
    // Someone set to do it: "I've asked payments to release it."
    find(
        Move::Solution,
        "i|we @have asked|told|instructed|got _ _? _? to @remedy",
        S | NEG,
    ),
    // "What I can do is switch you to the cheaper plan."
    find(
        Move::Solution,
        "what i|we can do is|now? @remedy|get|have",
        S,
    ),
    // "They'll let him through with his ID." "I'll meet you at 5 and let you in."
    find(
        Move::Solution,
        "will|'ll let you|him|her|them through|in",
        S | NEG,
    ),
    // "I'll personally make sure the locker is fixed before you come in."
    find(
        Move::Solution,
        "make sure ..4 @be|gets|get @remedy|sorted|done|ready|working|fixed",
        S | NEG,
    ),
    // Done, in the passive: "Your seat has been changed to 14A." "Your refund has gone back to
    // your card." — not a flight that has been cancelled.
    find(Move::Solution, "@have been @remedy", S | NEG),
    find(
        Move::Solution,
        "@have gone back|through to|into|onto your",
        S | NEG,
    ),
    cancel(Move::Solution, "@have been *ing", OVERLAP),
    cancel(
        Move::Solution,
        "flight|flights|train|trains|bus|appointment|class|event|show|session|delivery|concert|match|tour|course _? @have been cancelled|moved|changed",
        OVERLAP,
    ),
    // "Come with me and I'll do your paperwork."
    find(Move::Solution, "come with me", S),
    // "From tomorrow you'll be with Aisha."
    find(
        Move::Solution,
        "from today|tomorrow|now|monday you will|'ll be|have",
        S,
    ),
    cancel(
        Move::Solution,
        "am|'m going to find|check|look|see|ask|chase",
        OVERLAP,
    ),
    // Taking the case on is ownership, not a fix: "I'm taking your claim on myself." "I'm
    // taking charge of your application." — and news is a follow-up: "I'll have an answer to
    // you by three." "You'll have an email from me by 3 today."
    cancel(
        Move::Solution,
        "am|are|will take|taking charge|over|responsibility|ownership",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "am|are|will take|taking your|this|it|the _? on|over myself|personally",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "have|get an answer|update|news|word",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "you will|'ll have|get an|a email|call|text|update|message|ring",
        OVERLAP,
    ),
    // Where or when a thing will be, inside a promise to tell: "…to tell you when it'll be back".
    cancel(
        Move::Solution,
        "where|when|whether|how it|they|he|she will|'ll|is|are ..2 be? back|ready|done|with",
        OVERLAP,
    ),
    // Pass 4. Going out, on the way, at their door: "New prints going out today, tracked." "A
    // corrected copy goes out at three." "An engineer will be at yours by 4pm." "Dave's ten
    // minutes away now."
    find(
        Move::Solution,
        "going|goes|go|gone|went out|off ..3 today|tonight|tomorrow|at|by|first|this|now|in",
        S | NEG,
    ),
    find(
        Move::Solution,
        "will be at|to yours|your|home|the ..2 by|before|within|at|in|today|tomorrow|tonight|#",
        S | NEG,
    ),
    find(Move::Solution, "@be # ..1 minutes|mins|min away", S),
    find(Move::Solution, "@be ..1 minutes|mins away now", S),
    find(
        Move::Solution,
        "on a|the|tonight's _ _? van|courier|truck|lorry|flight",
        S,
    ),
    // Someone on our side who can do it: "Our senior artist can rework it free of charge."
    find(Move::Solution, "our _ _? can|could @remedy", S | NEG),
    // Someone other than me doing it: "Our head artist is going to fix it next Thursday."
    find(Move::Solution, "@be going to @remedy", S | NEG),
    // A fix done, said plainly: "The call-out fee is waived." "Refund's already gone through."
    // "I've skipped it for you." "I've ordered you a replacement."
    find(
        Move::Solution,
        "is|are|'s|'re|@have been? now|already|just? waived|repaired|replaced|reversed|reinstated|reactivated|unlocked|reprinted|rescheduled|refunded",
        S | NEG,
    ),
    find(
        Move::Solution,
        "@have already|now? gone through|out|back",
        S | NEG,
    ),
    find(
        Move::Solution,
        "i|we @have just|already|now? skipped|ordered|opened|rinsed|paused|stopped|unblocked|freed",
        S | NEG,
    ),
    find(
        Move::Solution,
        "i|we will|can just|personally|also|now? open|order|rinse|skip|pause|stop|trace|locate",
        S | NEG,
    ),
    find(
        Move::Solution,
        "i|we am|are going to open|order|rinse|skip|pause|stop|trace|locate",
        S | NEG,
    ),
    // Causative: "I'll have new lenses made on express." "I'll see to it that the bins are
    // collected by ten."
    find(
        Move::Solution,
        "i|we will|'ll|can have new|replacement|fresh|fixed|spare _ ..2 made|done|fitted|sent|printed|ready",
        S | NEG,
    ),
    find(Move::Solution, "see to it that", S | NEG),
    // Escalating now is not a fix: "I'm putting you straight through to her now." "I'll take
    // you through to her." "I'm calling him down to you now." "I'm handing you over to her."
    cancel(
        Move::Solution,
        "putting|put|transferring|transfer|handing|hand|taking|take|passing|pass|connecting|connect you ..3 through|over|across|to",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "calling|call|getting|get|fetching|fetch him|her|them down|over|out|up",
        OVERLAP,
    ),
    // "I'll handle your requests personally from now on" is ownership; a meeting to go through
    // what happened is a follow-up.
    cancel(Move::Solution, "handle|handling|deal|dealing", OVERLAP),
    cancel(Move::Solution, "go|talk through|over", OVERLAP),
    // Someone to look, not a fix: "I'll have our head artist look at it today."
    cancel(
        Move::Solution,
        "have the|our|my|a|an|his|her|their|someone|somebody ..3 look at|into|over",
        OVERLAP,
    ),
    // A gift, not the fix: "I'll also send a pack of spice blends as a sorry from us."
    cancel(
        Move::Solution,
        "also @remedy ..8 as a|an sorry|apology|thank|gesture|token|goodwill",
        OVERLAP,
    ),
    // Telling what changes, not changing it: "…to go through what happened and what we're
    // changing."
    cancel(Move::Solution, "what|how i|we @be *ing $", OVERLAP),
    // "Refund's already gone through on our end."
    find(
        Move::Solution,
        "refund|payment|money|credit|deposit|fee|balance|it @have|is|'s already|now? gone through|back|off",
        S | NEG,
    ),
    // Pass 5. A fix in the first person with any verb and a time now: "I'll stitch it on again
    // now while you wait." "I'll renew it for you over the phone right now." "We'll get that
    // sorted for you now." "I'll come and collect it myself by 6." — not a call, a look or a
    // chase (those are follow-up or ownership).
    find(
        Move::Solution,
        "i|we will|can !not|check|look|chase|find|ask|speak|talk|call|ring|email|text|phone|message|get|pass|escalate|raise|log|update|see|let|try|need|have|be|keep|go|come|update|confirm|send|tell|explain|investigate|review|follow|look _ ..6 now|while|straight|immediately",
        S | NEG,
    ),
    find(
        Move::Solution,
        "get|have that|it|this|them sorted|fixed|done|replaced|sent ..3 now|today|tonight|by|for",
        S | NEG,
    ),
    find(
        Move::Solution,
        "i|we will|'ll|can come|pop|nip and|to @remedy",
        S | NEG,
    ),
    find(
        Move::Solution,
        "get|have|send _ _? to yours|your door|your house|your home|your site",
        S | NEG,
    ),
    find(
        Move::Solution,
        "drop ..3 round|over|off to yours|you|your",
        S | NEG,
    ),
    // Ready and given: "You're next in." "The next sailing boards at 4:10 and you're on it."
    // "Here's your tokens back." "It's yours for the week." "You can use the staff PC right now."
    // "I've found you another window seat." "Dr Okafor will call you through within five minutes."
    // "…with you by 9."
    find(Move::Solution, "you @be next|on it", S),
    find(Move::Solution, "here @be|'s your ..3 back", S),
    find(Move::Solution, "here @be|'s a|an _ _? for your|you", S),
    find(Move::Solution, "it @be|'s yours", S | NEG),
    find(
        Move::Solution,
        "you can use ..5 now|today|instead|meanwhile",
        S,
    ),
    find(Move::Solution, "@have found you", S),
    find(
        Move::Solution,
        "call|show|bring you through|in ..3 within|in|now",
        S,
    ),
    find(Move::Solution, "with you by|within #", S),
    // Not a fix: our own restriction ("our system only releases repeats after…"); phoning to
    // chase; taking it up with someone; getting details down; a hedge ("there's a good chance we
    // can get them back"); someone joining or fetched; someone sent to check; what was done, told
    // later ("…to tell you what action we've taken"); asking whether they want it; a call offered.
    cancel(
        Move::Solution,
        "only @remedy|releases|lets|allows|does",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "*ing ..3 now to chase|check|ask|find|see|push",
        OVERLAP,
    ),
    cancel(Move::Solution, "taking|take it|this|that up with", OVERLAP),
    cancel(
        Move::Solution,
        "let me get|take|grab|pull|bring ..2 details|number|name|account|plan|booking|file|notes|record|reference",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "chance|hopefully|might|may|maybe|possibly ..3 we|i can",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "joining|join|joins the|this call|us|you",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "calling|call|bringing|fetching|getting|get|grab|grabbing the|my|our ..4 manager|supervisor|lead|leader|boss|owner|pharmacist",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "have the|our|my|a|an|his|her|their|someone|somebody ..3 check|investigate|review|examine|inspect|look",
        OVERLAP,
    ),
    cancel(Move::Solution, "chased|chasing|chase", OVERLAP),
    cancel(Move::Solution, "what|how i|we @be !going *ing", OVERLAP),
    cancel(
        Move::Solution,
        "what|which _? i|we @have *ed|taken|done|made|found",
        OVERLAP,
    ),
    cancel(Move::Solution, "do you want|would you like me to", OVERLAP),
    cancel(
        Move::Solution,
        "give you a ring|call|bell|shout|buzz",
        OVERLAP,
    ),
    // Pass 9. "I'll put one aside with your name on." "I'll get someone round Thursday 9-11."
    // "They'll have someone with you in 10 minutes." "I'll have a new one double boxed and sent."
    // "Matt can be with you within the hour." "The crew will pick them all up tomorrow." "I'll
    // drop your lead round on my way home." "Jess is free at 2.15." "From next week Ana will be
    // your cleaner." "It's off now." "Send us the bill." "I'll have two techs with you at seven."
    // "The porters are on their way now." "Your tickets will be available to collect from 6pm."
    // Not "so I can deal with it", "I'll let them know", "…happened on the way home", putting
    // someone on the line, calling someone now.
    find(
        Move::Solution,
        "put|stick|set|keep|putting ..2 aside",
        S | NEG,
    ),
    find(
        Move::Solution,
        "get|send someone|somebody|an|a ..1 round|out|over",
        S | NEG,
    ),
    find(
        Move::Solution,
        "have someone|somebody|a _ with you|yours",
        S | NEG,
    ),
    find(
        Move::Solution,
        "have a|an|the|your new|replacement|fresh ..4 made|done|fitted|sent|printed|ready|delivered|couriered",
        S | NEG,
    ),
    find(
        Move::Solution,
        "can|could be with|at you|yours|your",
        S | NEG,
    ),
    find(Move::Solution, "will|'ll pick ..3 up", S | NEG),
    find(
        Move::Solution,
        "drop ..4 round|over|off on|at|by|tonight|today|tomorrow",
        S | NEG,
    ),
    find(Move::Solution, "@be free at|from #", S),
    find(
        Move::Solution,
        "from next|this week|saturday|monday|today|tomorrow ..6 will",
        S,
    ),
    find(Move::Solution, "it @be off|sorted|fixed|done|gone now", S),
    find(Move::Solution, "send us the bill|receipt|invoice", 0),
    find(
        Move::Solution,
        "i|we will|'ll have _ _? with you|yours",
        S | NEG,
    ),
    find(Move::Solution, "on their|his|her way now|to the", S),
    find(Move::Solution, "available to collect|pick", S | NEG),
    find(Move::Solution, "available for collection", S | NEG),
    cancel(
        Move::Solution,
        "so i|we can deal|look|check|sort|see",
        OVERLAP,
    ),
    cancel(Move::Solution, "let them|him|her know", OVERLAP),
    cancel(Move::Solution, "happened ..3 on the way", OVERLAP),
    cancel(
        Move::Solution,
        "putting|put him|her|them|you on the line|phone|call",
        OVERLAP,
    ),
    cancel(
        Move::Solution,
        "calling|phoning|ringing|emailing the|your|our ..2 now",
        OVERLAP,
    ),
    cancel(Move::Solution, "grab|grabbing him|her|them", OVERLAP),
    // ───────────────────────────── options ─────────────────────────────
    // We offer remedies joined by "or": "I can courier it by one, or it's on the shelf at Salford…"
    mark(
        Mark::OrOffer,
        "i|we can|could|will|'d|would|am|are ..20 or",
        0,
    ),
    // "…you can swap it for the right size or take a refund"
    mark(Mark::OrOffer, "you can|could ..12 or", 0),
    mark(Mark::OrOffer, "either ..12 or", 0),
    // "Two ways I can fix this:"
    mark(Mark::OrOffer, "two|three|couple|few ways|options", 0),
    mark(Mark::OrOffer, "happy|able|glad to ..15 or", 0),
    mark(Mark::OrOffer, "alternatively|otherwise", START),
    // A choice question that lists the remedies: "Would you prefer a refund or a replacement?"
    mark(Mark::OrOffer, "would|do you prefer|rather|like ..15 or", Q),
    // The customer picks: "Which would you prefer?" "Your pick." "Whichever's right for your business."
    mark(
        Mark::Choice,
        "which|whichever|what ..4 prefer|rather|suits|suit|better|easier|quicker|best|works|work|fancy|right|sounds",
        0,
    ),
    // "Your call." "You decide." — a choice when remedies are offered, else a hand-back.
    // "Your call." "It's your decision." — not "whoever took your call".
    mark(
        Mark::UpToYou,
        "your pick|choice|call|decision !will|is|was|has|had|'s|got|can|could|would|should|went",
        START,
    ),
    mark(Mark::UpToYou, "@be your pick|choice|call|decision", 0),
    mark(Mark::UpToYou, "you choose|decide|pick", S),
    mark(Mark::Choice, "let|tell me know? which", 0),
    mark(Mark::Choice, "happy either way", 0),
    mark(Mark::UpToYou, "up to you|u", START),
    // An explicit menu: "Here are three things I can do." "Two options:" "I can either … or …"
    mark(
        Mark::Menu,
        "two|three|four|couple|few|some|several things|options|choices|ways i|we|you can|could",
        S,
    ),
    mark(
        Mark::Menu,
        "two|three|four|couple|few options|choices|alternatives $",
        S,
    ),
    mark(
        Mark::Menu,
        "here are ..1 your|the|my|some options|choices",
        0,
    ),
    mark(
        Mark::Menu,
        "two|three|couple|few routes|paths|ways|approaches $",
        S,
    ),
    // "Would it be more useful to get X by noon, or Y by end of day?"
    mark(
        Mark::OrOffer,
        "would|is it be? ..2 better|easier|useful|helpful|quicker|best ..15 or",
        Q,
    ),
    mark(
        Mark::Choice,
        "would|is it be? ..2 better|easier|useful|helpful|quicker|best ..15 or",
        Q,
    ),
    mark(Mark::Menu, "option one|1|a", 0),
    mark(Mark::Menu, "i|we can|could|will either ..15 or", 0),
    mark(
        Mark::Menu,
        "either ..12 or ..12 which|whichever|prefer|rather|suits",
        0,
    ),
    // A new sentence that offers another remedy: "I can refund it today. Or I can send a new one."
    mark(Mark::OrOffer, "or i|we|you can|could|will|'d", START),
    mark(Mark::OrOffer, "or ..4 if you 'd|would prefer|rather", 0),
    mark(Mark::Choice, "if you 'd|would prefer|rather", 0),
    mark(Mark::Choice, "would|do you prefer|rather", 0),
    mark(
        Mark::Choice,
        "let me know ..3 which|what you 'd|would? prefer|like|want|choose",
        0,
    ),
    mark(Mark::Choice, "whichever works|suits", 0),
    mark(Mark::UpToYou, "whatever works|suits", 0),
    // "Would a replacement next week work, or would you rather have the money back?"
    mark(
        Mark::OrOffer,
        "would|could|does|do|will a|an|the _ ..8 work|suit|help|do ..2 or",
        Q,
    ),
    // "You can choose between a credit note and a bank transfer."
    mark(Mark::Menu, "choose|pick|decide between", 0),
    mark(Mark::Menu, "choice between", 0),
    // The customer picks among the offers: "…— which do you want?" "Which would help more?"
    mark(
        Mark::Choice,
        "which|whichever|whatever ..3 you|feels|helps|help|suits|is|'s|would|do|does",
        Q | START,
    ),
    mark(Mark::Choice, "which !_", Q),
    mark(
        Mark::Choice,
        "whichever|whatever ..3 you|easier|better|comfortable|like|prefer|want",
        S,
    ),
    // "…so you can choose." "I'll hold both until you've talked it over."
    mark(Mark::Choice, "so you can choose|pick|decide|compare", 0),
    mark(Mark::Choice, "hold|keep both", 0),
    // Pass 4. More ways of letting the customer pick: "…or Saturday if that's better for you."
    // "Whichever feels right." "Totally your choice." "Either is fine by us." "…, what would
    // you like?" "Would you like us to replace them, or have them cleaned?"
    mark(
        Mark::Choice,
        "if that|it|this @be|'s|sounds|works|suits better|easier|best|quicker|good ..1 for you",
        0,
    ),
    mark(Mark::Choice, "if that|it|this suits|works better|best", 0),
    mark(
        Mark::Choice,
        "whichever|whatever feels|seems|sounds|works|suits right|best|better|easier",
        0,
    ),
    mark(
        Mark::UpToYou,
        "totally|entirely|completely|fully|all|really your choice|call|pick|decision",
        0,
    ),
    mark(
        Mark::Choice,
        "either @be|one|works|suits fine|good|okay|ok|great",
        0,
    ),
    mark(Mark::Choice, "either way works|suits|is", 0),
    mark(Mark::Choice, "what would you like|prefer !me|us|to", Q),
    // "…, or I'll have it dropped to your door if it's easier." "Which one?" "…, wherever you'd
    // rather." "…— no charge either way."
    mark(
        Mark::OrOffer,
        "@be|will ..10 or if it|that @be|'s easier|better",
        0,
    ),
    mark(Mark::Choice, "which one|ones", Q),
    mark(
        Mark::Choice,
        "wherever|whichever|whatever you 'd|would rather|prefer",
        0,
    ),
    mark(Mark::Choice, "charge|cost|free ..1 either way", 0),
    // "The earliest is Thursday 8-12 or Friday 1-5 — which suits you better?"
    mark(
        Mark::OrOffer,
        "earliest|next|first|soonest slot|slots|appointment|date|available|is|are ..10 or",
        0,
    ),
    // Offers by someone else on our side, or already held: "Our retoucher can redo it by
    // Thursday, or we refund it today." "I've got him booked for 8am, or Saturday if…"
    mark(Mark::OrOffer, "can|could ..15 or we|i|you|they", 0),
    mark(
        Mark::OrOffer,
        "i|we @have got|booked|put|pencilled|reserved|held ..12 or",
        0,
    ),
    mark(Mark::Choice, "would you like ..15 or", Q),
    // ───────────────────────────── follow_up ─────────────────────────────
    // A timed update: "I'll ring you at nine with his ETA." "I'll call you back within 30 minutes."
    find(
        Move::FollowUp,
        "i|we will|am|'ll ..2 @contact you|back|u ..6 @fwtime",
        S | NEG,
    ),
    find(Move::FollowUp, "i|we will|am ..2 @contact @fwtime", S | NEG),
    // "I'll check in with you at 6pm." "I'll drop you an email on Friday."
    find(
        Move::FollowUp,
        "i|we will|am ..2 check|touch in|base with ..3 @fwtime",
        S | NEG,
    ),
    find(
        Move::FollowUp,
        "i|we will ..2 drop|send you ..3 email|line|text|message|update|photos|photo|note|report|summary|breakdown|writeup|timeline",
        S | NEG,
    ),
    // "I'll keep you posted." "I'll let you know as soon as it's cleared."
    find(Move::FollowUp, "keep you posted|updated|informed", NEG),
    // "…and call you by noon to go through what we found." "I'll give you a ring at breakfast."
    find(Move::FollowUp, "and @contact you|back ..4 @fwtime", S | NEG),
    find(
        Move::FollowUp,
        "i|we will ..2 give you a ring|call|bell|shout|buzz ..4 @fwtime",
        S | NEG,
    ),
    find(Move::FollowUp, "i|we will be in touch ..3 @fwtime", S | NEG),
    find(
        Move::FollowUp,
        "you will hear from me|us ..3 @fwtime",
        S | NEG,
    ),
    find(
        Move::FollowUp,
        "i|we will ..2 let you know ..3 by|at|within|as|the|tomorrow|tonight",
        NEG,
    ),
    // "I'll keep you in the loop." "You'll get a text from me by five."
    find(Move::FollowUp, "keep you in the loop", NEG),
    find(
        Move::FollowUp,
        "you will get|receive|have an|a update|text|call|email|message from me|us ..3 @fwtime",
        S | NEG,
    ),
    find(
        Move::FollowUp,
        "i|we will|'ll ..2 update|text|email|message|ring|call you ..4 @fwtime",
        S | NEG,
    ),
    // "I've set up a call with our CTO tomorrow at ten."
    find(
        Move::FollowUp,
        "set|setting|arranged|booked|scheduled up? a|an call|meeting|catch-up ..6 @fwtime",
        S | NEG,
    ),
    // "…we'll call you when he's free" is a wait, not a timed update.
    cancel(
        Move::FollowUp,
        "when|once he|she|they|someone|something|somebody ..2 free|frees|available",
        OVERLAP,
    ),
    // "They'll write to you by Friday with the next steps."
    find(Move::FollowUp, "will|'ll write to you ..4 @fwtime", S),
    // "Expect a text from me by 5." "You'll get a call from me by noon."
    find(
        Move::FollowUp,
        "expect a|an call|text|email|update|message|ring from me|us ..3 @fwtime",
        S,
    ),
    find(
        Move::FollowUp,
        "you will|'ll have|get a|an email|call|text|update|message|ring from me|us ..3 @fwtime",
        S,
    ),
    // "I'll have an answer to you by 3pm today."
    find(
        Move::FollowUp,
        "have|get an answer|update|news to|for you ..2 @fwtime",
        S,
    ),
    // Pass 4. Contacting someone on their side at a time: "I'll call your events lead at
    // 12:30." "I'll email your organiser tomorrow at 10."
    find(
        Move::FollowUp,
        "i|we will|'ll|am @contact your|the ..3 at|by|within|before|on|tomorrow|tonight|today",
        S | NEG,
    ),
    // "I'll check in at 9 tomorrow to confirm." "I'll text you the second he turns into your road."
    find(
        Move::FollowUp,
        "i|we will|'ll check in|back at|by|on|tomorrow|tonight|#|first",
        S | NEG,
    ),
    find(
        Move::FollowUp,
        "@contact you|u ..2 the|as second|moment|minute|instant|soon",
        S | NEG,
    ),
    // A plan or an answer delivered by a time: "…have a proper plan to you by Thursday."
    find(
        Move::FollowUp,
        "have|get ..3 plan|answer|update|decision|report|proposal|findings|outcome to you by|before|within|on|tomorrow",
        S | NEG,
    ),
    // ───────────────────────────── delight ─────────────────────────────
    // "…a voucher for your next visit." "…your next three deliveries are free."
    find(
        Move::Delight,
        "next ..2 visit|stay|order|service|month|booking|deliveries|delivery|bill|meal|purchase|year",
        S,
    ),
    // "Tonight's drinks are on the house." "The pudding's on us."
    find(Move::Delight, "on the house", 0),
    find(Move::Delight, "on us|me", S),
    // "…for the trouble." "…for your trouble." — not "sorry for the trouble".
    find(
        Move::Delight,
        "for the|your trouble|hassle|inconvenience|bother",
        S,
    ),
    // Gifts: vouchers, goodwill credit, upgrades, waived fees, extras.
    find(
        Move::Delight,
        "voucher*|complimentary|goodwill|gift|bonus",
        S | NEG,
    ),
    // (One element per word: "upgrading you" needs both.)
    find(
        Move::Delight,
        "upgraded|upgrading|upgrade you|your|him|her|them|to",
        S | NEG,
    ),
    find(Move::Delight, "waive*", S | NEG),
    // "…plus an extra week": an added thing, not "they often find extra work".
    find(Move::Delight, "a|an|# extra", S | NEG),
    find(Move::Delight, "are free", S | NEG),
    // Something free added on top: "I've added a free month." "…thrown in a free service."
    find(
        Move::Delight,
        "add|added|adding|put|putting|include|included|including|thrown|throw|throwing|given|give|giving|gave ..5 free|complimentary",
        S | NEG,
    ),
    // "…we'd love to host you as our guests."
    find(Move::Delight, "as our guest|guests", S | NEG),
    find(Move::Delight, "make it up to you", 0),
    find(
        Move::Delight,
        "we will cover|pay for? your|his|her|their",
        S,
    ),
    find(Move::Delight, "as a thank|gesture|token", S),
    cancel(
        Move::Delight,
        "that|this|it|one @be really|entirely|all|totally|squarely|completely? on us|me",
        OVERLAP,
    ),
    cancel(Move::Delight, "sorry|apologies|apologize ..3 for", OVERLAP),
    // Not a gift: "Don't take it out on me." "Thanks for not giving up on us."
    cancel(
        Move::Delight,
        "up|out|rely|relying|count|counting|depend|depending|rest|falls|fall|giving on us|me",
        OVERLAP,
    ),
    // "…for the mix-up", "…for the wait" — not "sorry for" or "thanks for".
    find(
        Move::Delight,
        "for the|your mix|mixup|wait|delay|disruption|confusion|upset|stress|muddle",
        S,
    ),
    cancel(Move::Delight, "thank|thanks|thankyou ..3 for", OVERLAP),
    // Extra work done while there: "…and hang them for you while he's there."
    find(
        Move::Delight,
        "while he|she|they|we|i @be there|here|round|in",
        S,
    ),
    // "…we'll pack the whole kitchen for you free."
    find(Move::Delight, "for you ..6 free|gratis $", S | NEG),
    // Gifts in kind: "a care package", "a hamper", "tea and refreshments", "a signed poster".
    find(
        Move::Delight,
        "hamper*|refreshments|chocolates|champagne|prosecco|signed|chocs|sweets|treats|cookies|stickers",
        S | NEG,
    ),
    find(Move::Delight, "care package|pack", S | NEG),
    // Credit for later: "we've added a $50 credit to your account for any show this year".
    find(
        Move::Delight,
        "credit ..6 for|towards|off any|future",
        S | NEG,
    ),
    find(
        Move::Delight,
        "credit ..6 for|towards|off your next|future",
        S | NEG,
    ),
    find(Move::Delight, "show you round|around", S | NEG),
    // "On top of the refund, …" "As an apology, your next three deliveries are free."
    find(
        Move::Delight,
        "on top of the|your|that|this refund|repair|replacement|credit|fix",
        S,
    ),
    find(Move::Delight, "as an|a apology|sorry", S),
    cancel(Move::Apology, "as an|a apology|sorry", OVERLAP),
    // Comping something on the tab: "I've taken the coffees off the bill." "A bottle of fizz."
    find(
        Move::Delight,
        "taken|knocked|took|take ..4 off the|your bill|tab",
        S | NEG,
    ),
    find(Move::Delight, "bottle of", S | NEG),
    find(Move::Delight, "with our compliments", S),
    cancel(
        Move::Delight,
        "those|these|everything|which _? @be all|entirely? on us|me",
        OVERLAP,
    ),
    // A failure "on us" is ownership, not a gift: "…and that delay is on us."
    cancel(
        Move::Delight,
        "delay|mistake|error|failure|problem|mess|fault|confusion|mix|wait|wrong @be ..1 on us|me",
        OVERLAP,
    ),
    // Pass 4. Extras at no charge, on our account, on top: "We'll deep-clean the crate for you
    // at no charge." "…plus your fuel money back." "…a bag of shampoo to take home." "Would you
    // let us bake you a cake for your anniversary, on us?"
    // (The fix itself at no charge is the fix: "I've extended your return at no charge.")
    find(
        Move::Delight,
        "and|also|plus i|we will|'ll|'ve|have|can|are ..8 at|for no extra? charge|cost",
        FIRST,
    ),
    find(
        Move::Delight,
        "added|adding|add|thrown|throwing|also ..6 at|for no extra? charge|cost",
        S | NEG,
    ),
    find(Move::Delight, "on our account|tab|dime", S),
    find(Move::Delight, "plus a|an|your|some|free|two|three", S),
    find(
        Move::Delight,
        "bag|box|tin|jar|bunch|basket|bouquet of ..3 to take|for you",
        S | NEG,
    ),
    find(Move::Delight, "to take home|away", S | NEG),
    find(Move::Delight, "on us|me !_", Q),
    find(Move::Delight, "# off either|any|your|the|next", S | NEG),
    // Not a gift: "The contractor cancelled on us." "It's not really on us."
    cancel(
        Move::Delight,
        "cancelled|canceled|bailed|pulled|backed|walked|dropped|quit|turned on us|me",
        OVERLAP,
    ),
    cancel(Move::Delight, "not ..1 on us|me", OVERLAP),
    // "…on a tracked next-day service."
    cancel(Move::Delight, "next day|working", OVERLAP),
    // Pass 9. "…a sheet of stickers as a little extra." "A 10% code for next time." "…and I've
    // refunded your original order in full as well." "I'll stick a free screen protector on."
    // "Two in row F, better than the ones you had."
    find(Move::Delight, "as a little? extra|bonus|treat", S),
    find(Move::Delight, "for next time", S),
    find(Move::Delight, "refund* ..6 as well|too", S | NEG),
    find(
        Move::Delight,
        "pop|popped|popping|stick|stuck|throw|threw|thrown|chuck ..3 free|extra|complimentary",
        S | NEG,
    ),
    find(Move::Delight, "better than what you had|booked|paid", S),
    find(Move::Delight, "better than the ones", S),
    // ───────────────────────────── refusal ─────────────────────────────
    // "No, I can't move you tonight." — "No" opening its clause, then a negated can/will/do.
    find(Move::Refusal, "no @fp can|will|do|are|am|could not", START),
    // "We don't comp meals." "I can't magic an engineer out of thin air." — unless "…, but I can …".
    find(
        Move::Refusal,
        "@fp can|could|will|do|would not !see|believe|imagine|thank|wait|stress|promise|tell|apologize|say|understand|blame|agree|want|know|think|mind|worry|need|expect|leave|let|usually|normally|often|have|mean|like|just|always|even|charge|mean|normally|stop|rest|doubt|often|want|hesitate|play|pretend|argue|hide|waste|sugarcoat|rush|dismiss|ignore|accept|tolerate|forget|give|ask|drop|settle|brush|take|panic|fret|bother|risk|recommend|advise|suggest|use|comment|judge|speculate|read|answer",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "@fp am|are not able|allowed|permitted|authorized",
        S | SOFT,
    ),
    // Saying who owns a thing is not refusing the request: "We don't build the app, an outside
    // company does." (often blame; never a "no").
    cancel(
        Move::Refusal,
        "@fp do not build|own|operate|control|manufacture|employ|design|host|develop|maintain",
        OVERLAP,
    ),
    find(Move::Refusal, "i|we am|are|was|were unable to", S | SOFT),
    // "There's nothing else I can do." "…nothing I can change on that."
    // (Also in a question: "There's nothing I can do about it, unless you've a better idea?")
    find(Move::Refusal, "nothing ..2 i|we can|could", 0),
    find(Move::Refusal, "not much i|we can|could", S),
    // "That's not possible." "We're not in a position to…" "It's non-refundable."
    find(Move::Refusal, "not possible|doable", S | SOFT),
    find(Move::Refusal, "not in a position to", S | SOFT),
    find(Move::Refusal, "no can do", 0),
    find(Move::Refusal, "not going to happen", 0),
    find(Move::Refusal, "non refundable", S),
    find(Move::Refusal, "nonrefundable", S),
    find(Move::Refusal, "not eligible|entitled|covered", S | SOFT),
    find(
        Move::Refusal,
        "i|we am|are not responsible|liable",
        S | SOFT,
    ),
    find(Move::Refusal, "no exceptions", 0),
    // "That's simply not something we do." "Compensation isn't something I deal with."
    find(
        Move::Refusal,
        "not something|anything i|we ..2 do|deal|can|handle|offer|cover|pay|give|include|provide|stock|sell|supply|accept|reimburse|refund",
        0,
    ),
    // Policy: "That's against policy." "Our terms don't cover loss of business." "Rules are rules."
    find(Move::Refusal, "against ..2 policy|policies|rules|terms", 0),
    find(
        Move::Refusal,
        "policy|policies|rules|terms|conditions|contract ..1 do|does|will|would not|never allow|cover|permit|let|bend|budge",
        0,
    ),
    find(Move::Refusal, "our|the policy do|does|will not", 0),
    find(Move::Refusal, "rules are rules", 0),
    find(Move::Refusal, "policy is policy", 0),
    find(Move::Refusal, "@be ..1 policy !_", 0),
    find(
        Move::Refusal,
        "that|this|it @be ..1 how it works|is|goes $",
        S,
    ),
    find(Move::Refusal, "i do not set|make the rules", 0),
    // Helplessness: "It's out of my hands." "I've no power to reverse them." "I'm stuck."
    find(Move::Refusal, "out of my|our hands", 0),
    find(Move::Refusal, "my|our hands are tied", 0),
    find(Move::Refusal, "no power|authority to", 0),
    find(Move::Refusal, "i|we am|are stuck", S),
    // "I wish there was something I could do." "I wish I could, but I can …" takes it back.
    find(Move::Refusal, "i wish there was|were", 0),
    find(Move::Refusal, "i wish i|we could", SOFT),
    find(
        Move::Refusal,
        "not my|our department|job|problem|responsibility",
        0,
    ),
    // Sending them elsewhere: "You'll have to take redelivery up with the courier." "You'd need to contact the manufacturer."
    find(
        Move::Refusal,
        "you will|would|'d|must|may|might|could? need|have to contact|call|ring|write|email|complain|speak|talk|phone|claim",
        S,
    ),
    find(Move::Refusal, "your best bet is", S),
    find(
        Move::Refusal,
        "you could|can|might|may try elsewhere|somewhere",
        S,
    ),
    find(Move::Refusal, "take ..3 up with", S),
    // "The bill stands."
    find(Move::Refusal, "stands !_", S),
    find(Move::Refusal, "unfortunately not|no", 0),
    mark(
        Mark::Contrast,
        "but|though|however|instead @fp|my|our|what ..3 can|could|will|am|is|'s|have|are|do",
        0,
    ),
    // Hiding behind process, terms or cover: "That's our process, I'm afraid." "Our terms exclude
    // compensation." "It's outside the warranty."
    find(
        Move::Refusal,
        "that|this|it @be ..2 policy|process|procedure|protocol|rules $",
        S,
    ),
    find(
        Move::Refusal,
        "policy|policies|rules|terms|contract|warranty|guarantee|agreement|conditions ..2 exclude|excludes|excluded|prohibit|prohibits|forbid|forbids|prevent|prevents|only",
        S,
    ),
    find(
        Move::Refusal,
        "policy|policies|rules|terms|contract|conditions says|say|state|states|stipulate|stipulates",
        S,
    ),
    find(Move::Refusal, "@be ..1 excluded|exempt", S),
    find(
        Move::Refusal,
        "out|outside of? ..2 warranty|guarantee|policy|scope|remit|contract|coverage|window|period|timeframe|deadline",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "warranty|guarantee|cover|coverage @have|has|@be expired|ended|lapsed|run|void",
        S | SOFT,
    ),
    find(Move::Refusal, "not covered|included|refundable", S | SOFT),
    find(Move::Refusal, "not an option", S | SOFT),
    find(
        Move::Refusal,
        "no refunds|refund|exchanges|returns|compensation|exceptions|exception",
        S | START,
    ),
    find(Move::Refusal, "no way we|i can|could", S | SOFT),
    find(
        Move::Refusal,
        "no way to get|recover|change|reverse|undo|retrieve|restore|refund|fix|do",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "can|could not be *ed|done|undone|changed|made|given|paid|helped",
        S | SOFT,
    ),
    find(Move::Refusal, "is|are final !_", S),
    find(Move::Refusal, "answer is no", 0),
    find(Move::Refusal, "i am afraid not", 0),
    find(Move::Refusal, "computer says no", 0),
    // The system or my access as the obstacle: "The system won't let me." "I don't have access."
    find(
        Move::Refusal,
        "system|computer|software ..2 will|does|do|would not let|allow|accept",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "@fp do|does not have ..2 access|authority|ability|power|permission|budget|discretion",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "not authorized|allowed|permitted to",
        S | SOFT,
    ),
    find(Move::Refusal, "nothing ..2 to be done|we can offer", S),
    find(Move::Refusal, "not a lot i|we can", S),
    find(Move::Refusal, "wish i could|we could", S),
    find(Move::Refusal, "if only i|we could", S),
    // Sending them elsewhere: "You should contact your insurer." "Please call your GP."
    find(
        Move::Refusal,
        "you should|must|need|needs to? contact|call|ring|speak|talk|phone|email|write|raise|report|complain|apply|claim",
        S,
    ),
    find(
        Move::Refusal,
        "contact|ring|call|email|phone your|the ..2 @third|insurer|insurance|bank|gp|doctor|retailer|council|landlord|manufacturer|provider|seller",
        S | START,
    ),
    find(Move::Refusal, "best to contact|speak|call|go", S),
    // "…, but what I can do is…" "…here are three things I can do." "Instead, I can…"
    mark(
        Mark::Contrast,
        "what|things|something|options i|we can|could|will|'ll",
        0,
    ),
    mark(Mark::Contrast, "the best i|we can", 0),
    // "I can't authorise that, so I'll pass it up for approval": not a no, a hand-on (and
    // the waiting it causes is read as deferral).
    mark(
        Mark::Contrast,
        "so i|we will pass|escalate|refer|forward|raise|flag|put|send|take",
        0,
    ),
    // Sending the customer off to settle it with someone else: "…that's between you and them."
    find(Move::Refusal, "between you and them|him|her|the|your", S),
    // "I won't close this ticket until you've confirmed it works": a promise, not a no.
    cancel(Move::Refusal, "@fp will not ..4 until|till", OVERLAP),
    // "Those are the rules, I'm afraid." "It's company policy not to refund deposits."
    find(
        Move::Refusal,
        "that|this|those|these|it @be ..1 the|our rules|policy|terms|procedure $",
        S,
    ),
    find(Move::Refusal, "policy not to", S),
    // "We couldn't progress it until your broker sent the schedule": what held it up, not a no.
    cancel(Move::Refusal, "could not ..4 until|till|before", OVERLAP),
    cancel(
        Move::Refusal,
        "can not guarantee|confirm|promise ..4 until|till|before",
        OVERLAP,
    ),
    mark(Mark::Contrast, "instead|alternatively", 0),
    mark(Mark::Contrast, "i|we can|could|will however|though", 0),
    mark(Mark::Contrast, "good news", 0),
    mark(Mark::Contrast, "but ..2 i|we can|will|am !not", 0),
    mark(
        Mark::Contrast,
        "but since|as|because ..6 i|we can|will !not",
        0,
    ),
    // A soft "no" with no subject: "Can't help you there." "Afraid not." "No."
    find(
        Move::Refusal,
        "can|could not help|assist|do anything",
        S | START | SOFT,
    ),
    find(Move::Refusal, "afraid not", 0),
    find(Move::Refusal, "no !_", S | START),
    find(
        Move::Refusal,
        "not in|within my|our power|gift|remit",
        S | SOFT,
    ),
    // Helplessness in other words: "That's above my pay grade." "I just work here." "We have no
    // control over the weather." "There's no way around it." "It's the same for everyone."
    find(Move::Refusal, "above|beyond my|our pay grade", S | SOFT),
    find(
        Move::Refusal,
        "above|beyond my|our authority|level|remit",
        S | SOFT,
    ),
    find(Move::Refusal, "i|we just|only work here", S),
    find(Move::Refusal, "i|we @have|had no control", S),
    find(Move::Refusal, "no way around|round it|that|this", S),
    find(
        Move::Refusal,
        "it|that|this @be the same for everyone|everybody|all|anyone",
        S,
    ),
    // "…, but an engineer will be out by six": a later commitment takes a soft refusal back.
    mark(Mark::Contrast, "but ..4 will|can|could !not", 0),
    // "Technically that's still within the SLA." "It's first come, first served." "That's how
    // the contract works."
    find(
        Move::Refusal,
        "within|inside|meets ..2 sla|terms|contract|policy|agreement",
        S,
    ),
    find(Move::Refusal, "first come", 0),
    find(
        Move::Refusal,
        "that|this|it @be ..1 how the|our ..2 works|work $",
        S,
    ),
    // Standing firm: "So the bill stands." "The decision is final."
    find(
        Move::Refusal,
        "bill|invoice|charge|fee|decision|price|quote|policy|rule stands|stays|remains !the|same|open|with|free|in|until",
        S | NEG | SOFT,
    ),
    find(Move::Refusal, "decision @be final", 0),
    // "…that isn't something we're able to provide."
    find(
        Move::Refusal,
        "not something|anything we|i @be able|allowed|permitted to",
        S,
    ),
    find(Move::Refusal, "not liable", S),
    // "There's nothing else available."
    find(
        Move::Refusal,
        "nothing else|more available|left|free",
        S | SOFT,
    ),
    // Not covered by their plan: "Freezes aren't available on the flexi plan." — a later fix or
    // "…but I can…" takes it back.
    find(
        Move::Refusal,
        "@be not available|included|covered on|under|with|in your|the|this",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "can not really help|rush|change|do",
        S | SOFT,
    ),
    // An exception, not a refusal: "Normally it would be against policy, but I'm not going to
    // leave you stranded." "It is against policy — and I'm doing it anyway." "I won't make excuses."
    cancel(
        Move::Refusal,
        "normally|usually|technically|strictly|officially ..10 but|however",
        0,
    ),
    cancel(Move::Refusal, "do|doing it anyway", 0),
    // "Policy says I should charge you, but I'm not going to."
    cancel(Move::Refusal, "but i|we am|are not going to !_", 0),
    // What we could not do at the time explains, it does not refuse: "…we couldn't get the lifts open."
    cancel(
        Move::Refusal,
        "we|i could not get|open|reach|make|find|answer|deliver|access|collect|finish|contact",
        OVERLAP,
    ),
    // Past inability inside an explanation: "…after the storm, so we couldn't answer."
    cancel(
        Move::Refusal,
        "so|because|which|and we|i could not",
        OVERLAP,
    ),
    cancel(Move::Refusal, "not make|making excuses", 0),
    cancel(Move::Refusal, "nothing i|we will|would not do", 0),
    // Pass 4. The door closed in other words: "It's too late now." "The landlord's
    // instructions are final." "It's not my place to question them." "Sessions are strictly
    // sixty minutes."
    find(Move::Refusal, "@be ..1 too late now|for|to", S),
    find(Move::Refusal, "too late now", S),
    find(Move::Refusal, "@be final", S | NEG),
    find(Move::Refusal, "not my|our place to", S),
    find(Move::Refusal, "@be strictly", S),
    find(
        Move::Refusal,
        "system|till|software|it only lets|allows|permits us|me",
        S | SOFT,
    ),
    // Pass 5. The price or the rule stands, in other words: "That's the price." "That's just
    // what it costs." "That's our standard price." "There's no discounts on it." "Helmets have
    // always been extra." "Can't change that." "Late fees can't come off once they're on."
    // "That's what you're entitled to." "It's the committee's rule, not mine."
    find(
        Move::Refusal,
        "that @be just? the|our|what ..2 price|cost|costs|charge|fee|rate $",
        S,
    ),
    find(
        Move::Refusal,
        "there @be no discount|discounts|refunds|refund|exceptions|compensation",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "@be|@have always been? extra|chargeable|separate|charged",
        S,
    ),
    find(
        Move::Refusal,
        "can|could not change|alter|waive|remove|refund|reduce|discount|undo|take the|that|it|this|them|your|those",
        S | START | SOFT,
    ),
    find(
        Move::Refusal,
        "@fp can|could not stop|take a|an|the|it|that|this|them|those",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "@fp can|could not take it|that|this|them off|back|away",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "can not come|be off|changed|refunded|removed|waived|moved|cancelled|reversed|undone",
        S | SOFT,
    ),
    find(Move::Refusal, "what you @be entitled to", S),
    find(
        Move::Refusal,
        "rule|rules|policy|decision ..1 not mine|ours",
        S,
    ),
    // Sent elsewhere: "Give them a ring yourself." "There's a number on the side you can ring."
    // "…or try another firm?" "You can raise it at the AGM." "Put it in writing to the office."
    find(
        Move::Refusal,
        "give|ring|call|phone|contact|email|try them|him|her ..3 yourself",
        0,
    ),
    find(
        Move::Refusal,
        "number ..4 you can|could ring|call|phone|try",
        0,
    ),
    find(
        Move::Refusal,
        "try another|other|different firm|company|shop|store|provider|place|branch|garage|pharmacy|chemist",
        0,
    ),
    find(
        Move::Refusal,
        "try a different firm|company|shop|store|provider|place|branch|garage|pharmacy|chemist",
        0,
    ),
    find(Move::Refusal, "you can|could put it in writing", 0),
    find(Move::Refusal, "you can|could put a complaint in writing", 0),
    // Not a no: "Oh no." "…went out the window." "If I can't get one today I'll still ring."
    cancel(Move::Refusal, "oh|uh|ah|aw no", OVERLAP),
    cancel(Move::Refusal, "out the window", OVERLAP),
    cancel(Move::Refusal, "out of the|a window", OVERLAP),
    cancel(Move::Refusal, "if @fp can|could not", OVERLAP),
    // Pass 6. Sent elsewhere: "You'll have to speak to them." "You'd have to complain to them."
    // "You'll need to sort that with your surgery." "I'll give you their number." "Claims must be
    // submitted directly to the manufacturer." The charge stands: "The charge is correct." "The
    // price is the price." "Take it or leave it." Outside the cover: "This one falls outside what
    // we can help with." "We cannot accept liability." "Not much else we can do." "It's not
    // something I control." "I can't give permission." "It's a police matter." Pointing at
    // terms: "It says so on your receipt." "As set out in clause 8."
    find(
        Move::Refusal,
        "you will|would|'d have|need to complain|speak|talk|write|go|sort|take ..3 to|with them|him|her|your|the",
        S,
    ),
    find(
        Move::Refusal,
        "you will|would|'d have|need to contact|call|ring|email|phone them|him|her",
        S,
    ),
    find(
        Move::Refusal,
        "give|send you their|his|her number|details|email|address|contact",
        S,
    ),
    find(Move::Refusal, "directly|direct to|with the|them", S),
    find(
        Move::Refusal,
        "charge|charges|price|invoice|bill|fee|fees|fine|fines|amount|total @be correct|right|accurate|valid|fair",
        S | NEG,
    ),
    find(Move::Refusal, "reflects the work", S),
    find(Move::Refusal, "price|prices @be the price|prices", S),
    find(Move::Refusal, "take it or leave it", 0),
    find(Move::Refusal, "falls|fall|falling outside", S),
    find(
        Move::Refusal,
        "not|unable to accept|take liability|responsibility",
        S,
    ),
    find(Move::Refusal, "not be held responsible|liable", S),
    find(Move::Refusal, "unable to", S | SOFT),
    find(Move::Refusal, "not much|little ..3 can do", S),
    find(Move::Refusal, "not much|little to be done", S),
    find(
        Move::Refusal,
        "not something i|we control|decide|set|handle|deal",
        S,
    ),
    find(
        Move::Refusal,
        "@fp can|could not give|grant|offer ..1 permission|approval|refunds|refund|discounts|discount|credit|compensation",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "@be a police|legal|insurance|court matter",
        S,
    ),
    find(Move::Refusal, "it says so on|in", S | SOFT),
    find(
        Move::Refusal,
        "as outlined|set|stated|detailed|specified|explained in|out our|the|your ..1 terms|clause|agreement|contract|policy",
        S,
    ),
    // Not a no: a wait ("unable to give a date at this time" is deferral); an idiom ("no, we
    // can't have that"); taking it up with a team myself.
    cancel(
        Move::Refusal,
        "unable|not ..6 at this time|yet|at the moment",
        OVERLAP,
    ),
    find(Move::Deferral, "unable ..6 at this time", S),
    cancel(Move::Refusal, "can not have that|this", OVERLAP),
    cancel(
        Move::Refusal,
        "i|we will|'ll|am|'m ..2 take|taking ..3 up with",
        OVERLAP,
    ),
    // Pass 7. More refusals: "It's in the delivery terms you agreed to." "We just don't deliver
    // to your area." "She hasn't got a leg to stand on." "You'll have to go through our insurers."
    // "There's no one I can really ask to undo it." "Call their 1-800 number." "Changes are
    // covered in the terms and conditions." "Try the economy lot down the road." "That fee's
    // standard on every car." "Might be worth taking it up with Dulux."
    find(
        Move::Refusal,
        "in the ..2 terms|contract|paperwork|agreement|conditions you agreed|signed|accepted",
        S,
    ),
    find(Move::Refusal, "@fp just|simply do|can|will not", S | SOFT),
    find(Move::Refusal, "leg to stand on", 0),
    find(
        Move::Refusal,
        "go through the|your insurers|insurer|insurance",
        S,
    ),
    find(Move::Refusal, "no one i|we can ..2 ask", S),
    find(Move::Refusal, "nobody i|we can ..2 ask", S),
    find(Move::Refusal, "contact|ring|call|email|phone their", S),
    find(
        Move::Refusal,
        "covered in|by the|our terms|policy|conditions",
        S,
    ),
    find(
        Move::Refusal,
        "try the ..3 down the road|street|round|next|across",
        0,
    ),
    find(
        Move::Refusal,
        "fee|fees|charge|charges|price|prices|rate|rates|cost|costs @be standard on|for|across every|all|any",
        S,
    ),
    find(Move::Refusal, "taking|raising it|that|this up with", S),
    // Not a no: a new rule as the fix ("From this week every child is walked out — no
    // exceptions"); "I can't refund it myself, finance must approve" (a wait); "No, no — I'm not
    // having you sleep under that" (taking it on); sending them to our own claims team (a wait).
    cancel(
        Move::Refusal,
        "from this|today|now|tomorrow|monday ..12 no exceptions",
        OVERLAP,
    ),
    cancel(
        Move::Refusal,
        "not ..3 myself ..6 must|approve|approves|sign|authorise|authorize",
        OVERLAP,
    ),
    find(
        Move::Deferral,
        "must approve|sign|authorise|authorize|okay|ok",
        S,
    ),
    find(
        Move::Deferral,
        "need|needs|has|have to approve|sign|authorise|authorize|okay|ok",
        S,
    ),
    cancel(Move::Refusal, "no ..3 i am not having|letting", OVERLAP),
    find(Move::Ownership, "i am not having you|that|this", 0),
    cancel(
        Move::Refusal,
        "you 'd|would|will have|need to email|contact|call|write|send ..4 our",
        OVERLAP,
    ),
    // Pass 8. "Not much anyone can do." "The extra minutes stay on the bill." "Their number's on
    // your receipt." "We'd have to charge for a reprint." "If you don't like it, get another
    // agent." "You'll have to go to an insurer yourself." "The terms of deposit are clear." "This
    // is all I can tell you." "This is not a fault." "You must ask the owner."
    find(
        Move::Refusal,
        "stay|stays|remain|remains on the|your bill|invoice|account",
        S | NEG,
    ),
    find(Move::Refusal, "their number|details @be|'s on", S),
    find(Move::Refusal, "have to charge|charge for", S | NEG),
    find(
        Move::Refusal,
        "get|find another|different agent|firm|company|shop|provider|garage",
        0,
    ),
    find(
        Move::Refusal,
        "get|find a different agent|firm|company|shop|provider|garage",
        0,
    ),
    find(
        Move::Refusal,
        "go to an|the|your insurer|insurance|bank|manufacturer|council|landlord",
        S,
    ),
    cancel(
        Move::Abdication,
        "go to an|the|your insurer|insurance|bank|manufacturer|council|landlord",
        OVERLAP,
    ),
    find(Move::Refusal, "terms|contract|policy ..3 @be clear", S),
    find(Move::Refusal, "all i|we can tell|say|do", S),
    find(
        Move::Refusal,
        "you must ask|contact the|your owner|landlord|manufacturer|council|insurer",
        S,
    ),
    find(
        Move::Refusal,
        "you will|'ll need|have to ask|contact the|your owner|landlord|manufacturer|council|insurer",
        S,
    ),
    // Pass 10. "Try the other branch maybe." "Have a look at your home insurance." "It's really
    // his firm you want to speak to." "You'd need to raise it with them directly." "That's the rule." "Ring them."
    find(Move::Refusal, "try the other|another", 0),
    find(
        Move::Refusal,
        "at|through your ..1 insurance|insurer|bank",
        S,
    ),
    find(Move::Refusal, "you want to speak|talk to", S),
    find(
        Move::Refusal,
        "you 'd|would|will need|have to raise|take|report|challenge|appeal|dispute it|this|that with|to them|him|her|the",
        S,
    ),
    find(Move::Refusal, "that|this|it @be the rule $", S),
    find(
        Move::Refusal,
        "ring|call|phone|email|contact them $",
        S | FIRST,
    ),
    // Pass 11. "Conservatory roofs aren't in the standard clean." "Cleaning up isn't part of what
    // we do." "You can email head office." "You'll need to put a claim in with them." "You'll
    // have to appeal it with the council." "Our policy is no refunds." "That's our pricing."
    // "You're free to go elsewhere." "We stand by it." "Rules are rules." "Subs are fixed for the
    // year." "I don't have any say in it." "You can appeal through the deposit scheme." "Claim it
    // back through the laundry company's app." "The price is what it is." "Everyone pays it."
    // "Sold as seen."
    find(
        Move::Refusal,
        "not ..1 in the|our standard|usual|package|service",
        S,
    ),
    find(
        Move::Refusal,
        "not ..1 part of the|our|what standard|usual|package|service|we",
        S,
    ),
    find(
        Move::Refusal,
        "you can|could email|write|contact|ring|call ..2 head office",
        S,
    ),
    find(
        Move::Refusal,
        "put|make a claim in? with|against them|the|their",
        S,
    ),
    find(
        Move::Refusal,
        "appeal ..3 with|to|through the|them|their",
        S,
    ),
    find(
        Move::Refusal,
        "policy @be no|not !answer|excuse|reason|substitute|way",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "that @be our|the pricing|prices|rates|charges",
        S,
    ),
    find(Move::Refusal, "go elsewhere|somewhere else", 0),
    find(Move::Refusal, "stand by it|that|this|the|our", S),
    find(Move::Refusal, "rules @be rules", 0),
    find(Move::Refusal, "policy @be policy", 0),
    find(Move::Refusal, "code @be dress code", 0),
    find(Move::Refusal, "warranty @be warranty", 0),
    find(Move::Refusal, "@be fixed for the|a year|term|season", S),
    find(Move::Refusal, "not have any|a say", S),
    find(
        Move::Refusal,
        "claim ..3 back through|from|with the|their",
        S,
    ),
    find(
        Move::Refusal,
        "price|prices|charge|fee|cost|quote @be what it is",
        S,
    ),
    find(Move::Refusal, "everyone|everybody pays", S),
    find(Move::Refusal, "everyone|everybody has to pay", S),
    find(Move::Refusal, "everyone|everybody gets charged", S),
    find(Move::Refusal, "sold as seen|is", S),
    // Not a no: escalating now ("she can move people today, I can't"); waiting on our own
    // manager ("you'll have to talk to the manager when she's back"); a loss we can't undo ("I
    // know those pictures can't be replaced"); why we missed it ("we can't check every page").
    cancel(
        Move::Refusal,
        "he|she|they|manager can ..8 i can not",
        OVERLAP,
    ),
    cancel(
        Move::Refusal,
        "to|with the|my|our manager|supervisor|boss",
        OVERLAP,
    ),
    cancel(Move::Refusal, "know ..3 can not be", OVERLAP),
    cancel(
        Move::Refusal,
        "can not check|inspect|test|look at every|each|all",
        OVERLAP,
    ),
    // Pass 12. "I can only log it." "Tiles are out of our area." "You'll still need to pay the
    // costs." "It's really them you need to chase." "There's nothing the school can do." "Open a
    // claim with them directly." "It is what it is." Not "…so it can't be charged again".
    find(
        Move::Refusal,
        "i|we can only log|go|pass|note|record|take",
        S,
    ),
    find(Move::Refusal, "out of our|my area|remit|department", S),
    find(Move::Refusal, "still need|have to pay", S),
    find(
        Move::Refusal,
        "them|they you need|will|'ll|have ..1 to? chase|contact|speak|talk|ring|call",
        S,
    ),
    find(Move::Refusal, "nothing ..3 can do|help", S),
    find(
        Move::Refusal,
        "claim|claims|it|that|this|rebook|book with them|him|her directly|direct",
        S,
    ),
    find(Move::Refusal, "it is what it is", S),
    cancel(Move::Refusal, "so it|that|they can not", OVERLAP),
    // Pass 12. "You may please contact the council." "So the charges stand." "You'll pay the
    // early termination fee." "Bespoke takes the time it takes." "We can't rush it." "That was an
    // old offer, it ended in January." "Otherwise it gets charged." "Claims go through their
    // insurer." "I'd go and ask them." "You'd be best getting
    // a roofer out." "Not without a cancellation fee." "You'll need to put it in writing." "I'd get
    // an electrician round." "The deposit stays with us." "That's
    // one to raise with them." "I can't give you a time." Not "…but you're welcome to use the
    // showers at our sister centre" (an offer), not "we can't hand the keys over until they do".
    find(
        Move::Refusal,
        "you may|might|can|could|should please? contact|ring|call|email|phone the|your|their",
        S,
    ),
    find(Move::Refusal, "charges|fees|prices stand|remain", S | NEG),
    find(Move::Refusal, "you will be charged", S),
    find(Move::Refusal, "takes the time it takes", S),
    find(Move::Refusal, "can not rush it|this|that|the", S | SOFT),
    find(Move::Refusal, "offer ..3 ended|expired|finished", S),
    find(
        Move::Refusal,
        "otherwise it|you gets|get|is|will be? charged",
        S,
    ),
    find(
        Move::Refusal,
        "go|goes through their|the|your insurer|insurers|insurance",
        S,
    ),
    find(Move::Refusal, "i 'd|would go and? ask them|him|her", S),
    find(
        Move::Refusal,
        "you 'd|would be best|better getting|calling|contacting|asking|going",
        S,
    ),
    find(Move::Refusal, "not without a|the ..1 fee|charge", 0),
    find(Move::Refusal, "need to put it in writing", S),
    find(Move::Refusal, "i 'd|would get a|an _ round|out|in", S),
    find(
        Move::Refusal,
        "deposit|money|payment|fee|it stays|remains with us",
        S,
    ),
    find(Move::Refusal, "one to raise with", S),
    find(Move::Refusal, "one to take up with", S),
    find(Move::Refusal, "can not give you a time|date|timescale", S),
    mark(Mark::Contrast, "but ..2 you @be welcome|free to", 0),
    cancel(
        Move::Refusal,
        "can not hand|release|give|return ..4 until|till",
        OVERLAP,
    ),
    // "I can give you the manufacturer's number." — sending them elsewhere, not a fix.
    find(
        Move::Refusal,
        "give|send you the _ 's number|details|email|address|contact",
        S,
    ),
    cancel(
        Move::Solution,
        "give|send you the|their|his|her _? 's? number|details|email|address|contact",
        OVERLAP,
    ),
    // Not a no: "Everyone stands at rush hour."; helplessness about the past ("there wasn't
    // anything we could do" when the venue double-booked); "I won't" as a promise.
    cancel(
        Move::Refusal,
        "everyone|everybody|people|he|she|they stands|stand",
        OVERLAP,
    ),
    cancel(
        Move::Refusal,
        "was|were not anything|much ..2 we|i could",
        OVERLAP,
    ),
    cancel(Move::Refusal, "was nothing ..2 we|i could", OVERLAP),
    cancel(Move::Refusal, "@fp will not $", OVERLAP),
    // Pass 13. Hedged: "I'm not sure we can refund a blank roll." "I'm not sure refunds are
    // something we're able to do." "I don't think that's something we can be responsible for."
    // Elsewhere: "You could try the supermarket." "You'd need to get one in for that." "Take him
    // somewhere else." "You'll want to ring the delivery office." "You'll have to take him to
    // Specsavers." Pointing at terms: "It says on the sign." Standing: "That's the best we can do."
    // "Everyone has to, even staff." "It's not my call." "Nobody can control that." "The weekend
    // supplement still applies." Not "it was a bit out of our hands" (the past), not "…or refund
    // you if it's too late to eat".
    find(
        Move::Refusal,
        "not sure we|i can|could ..1 refund|do|offer|give|change|help|take|accept",
        S,
    ),
    find(Move::Refusal, "not sure ..4 something we|i @be able|can", 0),
    find(
        Move::Refusal,
        "do not think that|this|it @be something we|i can|could",
        0,
    ),
    find(
        Move::Refusal,
        "you could|can|might try ..3 supermarket|place|sites|site|shop|shops|online|somewhere|elsewhere",
        0,
    ),
    cancel(
        Move::Abdication,
        "you could|can|might try ..3 supermarket|place|sites|site|shop|shops|online|somewhere|elsewhere",
        OVERLAP,
    ),
    find(
        Move::Refusal,
        "you 'd|would|will need to get one|someone|somebody|a|an ..1 in|out|round",
        S,
    ),
    find(Move::Refusal, "take ..2 somewhere|elsewhere else", 0),
    find(
        Move::Refusal,
        "you 'll|will want to ring|call|contact|try",
        S,
    ),
    find(Move::Refusal, "you will have to take him|her|it|them to", S),
    find(
        Move::Refusal,
        "it says on|in the sign|website|board|form|contract|terms|receipt|ticket|booking",
        S | SOFT,
    ),
    find(Move::Refusal, "the best we|i can do $", S | SOFT),
    find(Move::Refusal, "everyone|everybody has to !wait|queue", S),
    find(Move::Refusal, "not my|our call|decision", S),
    find(Move::Refusal, "nobody|noone can control", S),
    find(Move::Refusal, "no one can control", S),
    find(Move::Refusal, "still applies|apply|stands", S),
    find(
        Move::Refusal,
        "@fp do not do|give|offer refunds|exchanges|discounts|compensation",
        S | SOFT,
    ),
    cancel(Move::Refusal, "was ..2 out of our|my hands", OVERLAP),
    cancel(Move::Refusal, "if it @be too late", OVERLAP),
    // Pass 14. "You'd have to pay if you want it moved." "That's an extra." "You'll have to
    // request it through Apple." "You signed the disclaimer." "The warranty doesn't cover screen
    // damage." "You'd have to try your own insurance." "Nothing can be changed now." "I'm not
    // refunding that." Not "I wouldn't make a fuss about it" (a shrug).
    find(Move::Refusal, "you 'd|would|will have to pay", S),
    find(Move::Refusal, "that @be an|a extra", S),
    find(
        Move::Refusal,
        "you will|'d|would have|need to request|claim|apply ..3 through|from|with ..2 @third|apple|google|amazon|paypal|ebay",
        S,
    ),
    find(
        Move::Refusal,
        "you signed the|a disclaimer|waiver|contract|form|agreement",
        S,
    ),
    find(
        Move::Refusal,
        "warranty|insurance|plan|guarantee do|does not cover",
        S,
    ),
    find(Move::Refusal, "try your own? insurance|insurer|bank", 0),
    find(
        Move::Refusal,
        "nothing can be changed|done|refunded|moved",
        S,
    ),
    find(
        Move::Refusal,
        "i am not refunding|replacing|paying|changing|waiving",
        S,
    ),
    cancel(Move::Refusal, "would not make a|any fuss", OVERLAP),
    find(Move::Dismissal, "would not make a|any fuss", 0),
    // Pass 15 (refusal-focused sets). Hedged: "I doubt it." "I don't think we'd be able to do two
    // in a week." "I'm not sure that's something we'd be able to offer." "I don't think that's
    // going to be possible." "That's not really something we offer." "I'm not really in a position
    // to remove it." Standing: "As per our terms…" "It's in the T&Cs." "The house rule." "There's
    // no one free to deliver today." "We can't take any surrenders." "Anything after 30 days goes
    // to the manufacturer." "Assembly isn't a service we provide." "I'm not sure the system will
    // let me." "There just isn't a way I can." "You'll need to try another practice." "Check that
    // with them." "It applies to everyone." "I'm not sure there's much I can do." "It doesn't
    // cover planned works." "Any errors would have to go to her." "Tickets are non-transferable."
    // "Bottles aren't allowed in." "So no, not this week." "A reprint would be chargeable." "I'm
    // just the person answering the phone." "It's for Premium members only." "We don't give out
    // rider details." "We don't normally do swaps."
    find(Move::Refusal, "i ..2 doubt it|that $", S),
    find(
        Move::Refusal,
        "doubt ..4 would|will go|agree|allow|approve|accept|sign",
        S,
    ),
    find(Move::Refusal, "do not think ..4 be able to|possible", 0),
    find(Move::Refusal, "not sure ..5 'd|would be able", 0),
    find(
        Move::Refusal,
        "do not think that|this|it @be going to happen|be possible",
        0,
    ),
    find(Move::Refusal, "not really something|anything we|i", 0),
    find(Move::Refusal, "not really able|in a position to", S),
    find(
        Move::Refusal,
        "as per our|the terms|policy|conditions|rules",
        S,
    ),
    find(Move::Refusal, "in the t cs|t c|small print", S),
    find(Move::Refusal, "house rule|rules", S),
    find(
        Move::Refusal,
        "there @be no one|nobody ..1 free|available|more senior|in",
        S,
    ),
    find(
        Move::Refusal,
        "there @be no other _? free|available|left",
        S,
    ),
    find(
        Move::Refusal,
        "can not take any|requests|bookings|returns|back|surrenders",
        S | SOFT,
    ),
    find(
        Move::Refusal,
        "goes|go to the manufacturer|insurer|supplier|maker",
        S,
    ),
    find(
        Move::Refusal,
        "not a service|something we provide|offer|do|run",
        S,
    ),
    find(Move::Refusal, "not sure the system will let", 0),
    find(Move::Refusal, "not a way i|we can", S),
    find(Move::Refusal, "need to try another|other|the", S),
    find(Move::Refusal, "check that|it|this with them|him|her", S),
    find(
        Move::Refusal,
        "applies|apply to everyone|everybody|all|every",
        S,
    ),
    find(
        Move::Refusal,
        "not sure there @be much|anything i|we can do",
        0,
    ),
    find(Move::Refusal, "does|do not cover", S | SOFT),
    find(
        Move::Refusal,
        "would|will have|need|needs to go to her|him|them|the",
        S,
    ),
    find(
        Move::Refusal,
        "non-transferable|nontransferable|non-refundable|nonrefundable",
        S,
    ),
    find(Move::Refusal, "not allowed in|on|here", S),
    find(Move::Refusal, "so no $", S),
    find(Move::Refusal, "be chargeable", S),
    find(Move::Refusal, "i am just|only the|a person", S),
    find(
        Move::Refusal,
        "@be for ..2 members|customers|guests|residents only",
        S,
    ),
    find(Move::Refusal, "@fp do not give out", S),
    find(
        Move::Refusal,
        "@fp do not normally|usually do|offer|give|accept",
        S | SOFT,
    ),
    find(Move::Refusal, "not much that can be done", S),
    find(Move::Refusal, "not ..1 anything to do with us", S),
    // Not a no (blind-9..12 read): the past ("the phone wasn't covered"); a wait on someone's
    // say-so ("I can't change the diary without the clinical lead agreeing"); policing a shout
    // ("I can't help you if you're shouting").
    cancel(Move::Refusal, "was|were not covered", OVERLAP),
    cancel(
        Move::Refusal,
        "can not ..6 without the|a|my|our ..3 agreeing|approving|approval|signing|say|ok|okay",
        OVERLAP,
    ),
    find(
        Move::Deferral,
        "can not ..6 without the|a|my|our ..2 agreeing|approval|say|sign",
        S,
    ),
    cancel(Move::Refusal, "can not help you if", OVERLAP),
    find(
        Move::Dismissal,
        "can not help you if you @be shouting|yelling|swearing",
        0,
    ),
    // Pass 16 (blind-9..12 read). "Without a receipt the claim can't go through." "Your claim is
    // declined." "There's no way for me to do that." "You'll need to give them a ring." "It's worth
    // giving them a ring." "At your own risk." "It's in the terms that we can…" "It's chargeable." "There's no choice on those."
    // "That's how it works for everyone." "That's between you two." "Only for emergencies." "Pay it
    // or take it elsewhere."
    find(
        Move::Refusal,
        "without a|the|your receipt|ticket|proof|booking|id|form|reference ..3 can not",
        S,
    ),
    find(
        Move::Refusal,
        "claim|request|application|appeal @be declined|rejected|refused|denied",
        S | NEG,
    ),
    find(Move::Refusal, "no way for me|us to", S),
    find(
        Move::Refusal,
        "need to give them|him|her a ring|call|bell",
        S,
    ),
    find(
        Move::Refusal,
        "worth giving|calling|ringing|raising|contacting ..3 them|him|her|with",
        S,
    ),
    find(Move::Refusal, "at your own risk", S),
    find(Move::Refusal, "in the terms|contract|policy that", S),
    find(Move::Refusal, "@be chargeable", S | NEG),
    find(
        Move::Refusal,
        "there @be no choice|option|alternative",
        S | SOFT,
    ),
    find(Move::Refusal, "how it works for everyone|everybody|all", S),
    find(Move::Refusal, "between you two", S),
    find(Move::Refusal, "@be only for emergencies|members|staff", S),
    find(Move::Refusal, "take it|them elsewhere", 0),
    // ───────────────────────────── blame ─────────────────────────────
    // Someone else's fault: "that's the warehouse's doing", "that'll be the day team's mistake".
    find(
        Move::Blame,
        "'s doing|fault|mistake|error|call|end|side|problem|responsibility",
        S | NEG,
    ),
    find(
        Move::Blame,
        "their call|fault|doing|mistake|problem|end|responsibility|error",
        S | NEG,
    ),
    // "That's really on them."
    find(Move::Blame, "that|this|it @be ..1 on them|him|her", S),
    // Deflecting: "…not ours." "…not me." "It might not have been us." "Nothing to do with us."
    find(Move::Blame, "not @have? been? me|mine|ours|us $", S),
    find(
        Move::Blame,
        "not ..2 our|my team|fault|doing|end|side|problem|infrastructure|systems|servers|kit|equipment",
        S,
    ),
    find(Move::Blame, "nothing to do with us|me|our", S),
    // "…that's nothing to do with the front desk."
    find(Move::Blame, "nothing to do with the _ !you", S),
    // A third party doing wrong: "The carrier's been an absolute nightmare." "Housekeeping should have flagged it."
    find(Move::Blame, "the|their|that|a|our _? @third ..5 @fault", S),
    // A colleague or third party failing, or new at it: "He forgot to order it." "She's new."
    find(
        Move::Blame,
        "they|he|she ..1 forgot|lost|messed|misread|missed|failed|dropped|never",
        S,
    ),
    find(
        Move::Blame,
        "they|he|she @be new|junior|inexperienced|still|only ..1 learning|training|trainee|new",
        S,
    ),
    find(
        Move::Blame,
        "they|he|she @be new|junior|inexperienced|learning|training $",
        S,
    ),
    // Someone outside as the real owner: "They're an independent contractor." "Some outside
    // company builds it."
    find(
        Move::Blame,
        "they|it|he|she @be an? independent|outside|external|separate company|firm|contractor|supplier|provider|business|agency",
        S,
    ),
    find(
        Move::Blame,
        "outside|external company|firm|contractor|supplier|provider|agency does|did|runs|ran|handles|handled|owns|built|builds|makes|made|manages|operates",
        S,
    ),
    // The customer: "You must have given us the wrong address." "You should've checked the size chart."
    find(Move::Blame, "you must @have !been", S),
    // "So you mustn't have mentioned it."
    find(Move::Blame, "you must not @have", S),
    // The customer supplied the wrong thing: "You gave us the old address."
    find(
        Move::Blame,
        "you gave|sent|provided|entered|put|typed|chose|picked|selected|ordered|used|filled|supplied|registered|wrote|brought ..2 the|an|a old|wrong|incorrect|outdated|expired",
        S,
    ),
    // "It says clearly on the website…": the customer should have known.
    find(
        Move::Blame,
        "says|said|states|stated|shows|showed|explains|explained clearly|plainly|explicitly",
        S,
    ),
    find(
        Move::Blame,
        "clearly|plainly|explicitly says|said|states|stated|shows|showed|marked|written|signposted",
        S,
    ),
    // Another party as the real holder: "Your bank is the one holding the payment."
    find(Move::Blame, "@third @be the one|ones", S),
    // The cause put on the customer's side: "It's probably your browser." "It must've happened
    // while you had it." "She just did what you asked." "Did you keep it on like we said?"
    find(
        Move::Blame,
        "it|that|this @be probably|likely|definitely|clearly|obviously|most|almost your _ $",
        S,
    ),
    find(Move::Blame, "happened|occurred|done while|when you", S),
    find(
        Move::Blame,
        "did|done what you asked|said|requested|told|wanted",
        S,
    ),
    find(
        Move::Blame,
        "did you ..6 like|as we|i said|told|asked|advised|instructed|explained|recommended",
        Q,
    ),
    find(Move::Blame, "you ..1 should @have !been|needed|had|to", S),
    find(
        Move::Blame,
        "if you 'd|had|have !liked|wanted|needed|preferred|asked|been|ever *ed|told|read|rung|given|sent|brought|kept|done|made|gone|come|paid|put|let|got|left|bought|chose|known|taken|written|spoken",
        S,
    ),
    find(Move::Blame, "are you sure", Q),
    find(Move::Blame, "did nobody|noone", Q),
    find(Move::Blame, "did no one", Q),
    // "You didn't tell us." "You forgot to…" "You were supposed to…"
    find(
        Move::Blame,
        "you did not tell|read|check|mention|give|call|let|provide|fill|update|follow|say|ask|notify|inform|send|submit|return|sign|attach|register|confirm|select|enter|complete|contact|report",
        S,
    ),
    find(Move::Blame, "you forgot|failed|missed", S),
    find(Move::Blame, "you were supposed|meant", S),
    find(Move::Blame, "down to the|them|him|her|your", S),
    find(Move::Blame, "blame the|them|him|her", S),
    find(Move::Blame, "already there when|before you", 0),
    find(
        Move::Blame,
        "your equipment|end|side|fault|router|device|settings",
        S | NEG,
    ),
    find(
        Move::Blame,
        "your ..2 was|were locked|closed|shut|wrong|incorrect|out",
        S,
    ),
    find(Move::Blame, "whoever ..6 wrong|new", S),
    // A third party as the subject of a failure: "The lab never sent the results." "Our
    // courier didn't turn up." "That's on the supplier."
    find(
        Move::Blame,
        "the|their|that|a|our|your _? @third ..4 did|has|have|had|was|were|is|are not|never",
        S,
    ),
    find(
        Move::Blame,
        "that|this|it @be ..1 on the|their|your @third $",
        S,
    ),
    find(Move::Blame, "it @be the @third ..2 who|that", S),
    find(
        Move::Blame,
        "someone|somebody ..4 must|forgot|messed|failed|dropped|lost|misread|entered|typed|mixed",
        S,
    ),
    // The customer: "You entered the wrong card number." "You were told at booking." "User error."
    find(
        Move::Blame,
        "you ..1 entered|typed|gave|put|selected|chose|picked|ticked|clicked|used|booked|ordered ..4 wrong|incorrect|incorrectly",
        S,
    ),
    find(Move::Blame, "you were told|warned|informed|advised", S),
    find(Move::Blame, "user error", 0),
    // "That's a network problem, not us." "Why didn't you call us sooner?"
    find(
        Move::Blame,
        "that|it|this @be ..2 @third issue|problem|fault|error|mistake|side|end",
        S | NEG,
    ),
    find(
        Move::Blame,
        "why did|do|have|would|could|were|are not you",
        Q,
    ),
    find(Move::Blame, "why did|do|have you not", Q),
    // The customer's omission or kit: "You haven't submitted a reading." "Your browser's out of date."
    find(
        Move::Blame,
        "you @have|had not|never ..2 updated|submitted|paid|sent|read|booked|called|told|provided|given|checked|registered|renewed|topped|replied|answered|returned",
        S,
    ),
    find(
        Move::Blame,
        "your ..2 @be|has|have ..1 out|old|outdated|incompatible|expired|declined|bounced|faulty|broken|blocked",
        S,
    ),
    // "…because the locum booked someone else into your slot." Not "a courier booked now": with
    // "a" the third party is what we arranged, not who failed.
    find(
        Move::Blame,
        "the|their _? @third ..3 booked|gave|sent|put|moved|cancelled|took|double-booked ..2 someone|the|your|it",
        S,
    ),
    // The customer as the cause: "…would be down to you." "You had more than you said."
    find(Move::Blame, "down to you|your", 0),
    find(
        Move::Blame,
        "than you said|told|mentioned|declared|listed|gave",
        S,
    ),
    // Waiting on someone else: "…until your broker sent the schedule across."
    find(
        Move::Blame,
        "until|till your|the @third sent|got|replied|came|signed|returned",
        S,
    ),
    // Pre-existing, not ours: "That scratch was probably there already."
    find(
        Move::Blame,
        "@be probably|likely|already? there already|before",
        S,
    ),
    // The customer's counterfactual: "If you'd set a travel notice, this wouldn't have happened."
    find(Move::Blame, "if you 'd|had ..8 would not have|'ve", S),
    find(
        Move::Blame,
        "@be their|his|her glitch|error|mistake|problem|issue|doing|fault|outage",
        S,
    ),
    // Their own agent at fault: "Your teacher should have sent that letter." "Your bank forgot."
    find(Move::Blame, "your @third ..3 should|must have|'ve", S),
    find(
        Move::Blame,
        "your @third ..3 forgot|failed|never|lost|missed|ignored",
        S,
    ),
    // "That's on the delivery firm." — a third party as the owner of the failure.
    find(
        Move::Blame,
        "that|it|this @be|was on the|your|their _? @third|firm|company|people|lot",
        S,
    ),
    // A habit of someone else's: "…by the front desk, they're always doing that."
    find(
        Move::Blame,
        "they|he|she @be always|forever|constantly doing|getting|making|losing|forgetting|mixing",
        S,
    ),
    // "Head office changed the rules last month."
    find(
        Move::Blame,
        "@third changed|set|made|decided|introduced|brought ..3 rules|rule|policy|price|prices|terms|process",
        S,
    ),
    // Guessing someone else: "…must be your bank."
    find(Move::Blame, "must|will|'ll be your|the @third", S),
    // "The funding office made that call, not us."
    find(
        Move::Blame,
        "@third ..3 made|took that|the|this call|decision",
        S,
    ),
    // "Refunds are processed by the event organizer." "The cars are provided by a third-party company."
    find(
        Move::Blame,
        "provided|processed|run|managed|operated|supplied|arranged|set|made|decided|chosen|employed|hired|subcontracted by|through|from a|an|the|their|another ..3 @third",
        S,
    ),
    // The customer's compliance questioned: "Did you keep the cone on like the nurse said?"
    find(
        Move::Blame,
        "did|have you ..8 like|as the|we|i|they _? said|told|advised|asked",
        Q,
    ),
    cancel(
        Move::Listening,
        "did|have you ..8 like|as the|we|i|they _? said|told|advised|asked",
        Q,
    ),
    cancel(
        Move::Blame,
        "our @third 's mistake|error|fault|failure|doing",
        OVERLAP,
    ),
    // Pass 4. "To be fair, you did change the numbers twice." "To be fair, the template warns
    // you." "Maybe you just needed more hints." "Were you putting it out too late?"
    find(Move::Blame, "to be fair|honest though? you|your", S),
    find(
        Move::Blame,
        "to be fair|honest ..4 warns|warned|told|tells|says|said|asks|asked you",
        S,
    ),
    find(
        Move::Blame,
        "maybe|perhaps you just? needed|should|forgot|did|missed|put|left|booked|*ed",
        S,
    ),
    find(
        Move::Blame,
        "were|did you ..5 too late|early|soon|much|little|long",
        Q,
    ),
    find(
        Move::Blame,
        "like|as we said|told|advised|asked|explained",
        Q,
    ),
    cancel(
        Move::Listening,
        "like|as we said|told|advised|asked|explained",
        Q,
    ),
    cancel(
        Move::Listening,
        "were|did you ..5 too late|early|soon|much|little|long",
        Q,
    ),
    // Fetching someone is not blaming: "I'm calling him down to you now."
    cancel(
        Move::Blame,
        "calling|call|bring*|send*|sending|coming|come|running|pop*|getting|get|fetch* ..5 down to you",
        OVERLAP,
    ),
    // A third party, then what it does: "The courier we use has been throwing parcels about."
    // "The contractor we use cancelled on us." "It's Microsoft, they're having an outage."
    // "Honestly it's the courier." "I think the artist was working from an old sketch,
    // he gets confused."
    find(
        Move::Blame,
        "the|our _? @third we|that|who use|uses|does|do|runs|handles ..3 @have|has|had|cancelled|canceled|keeps|keep|lost|sent|dropped|is|are|was|were|never|did",
        S,
    ),
    find(
        Move::Blame,
        "they|he|she @be having ..2 outage|outages|issues|problems|trouble|difficulties",
        S,
    ),
    find(
        Move::Blame,
        "it @be the|our courier|carrier|supplier|manufacturer|warehouse|contractor|factory|post|suppliers|couriers",
        FIRST,
    ),
    find(
        Move::Blame,
        "he|she|they gets|get|got|gets confused|muddled|mixed",
        S,
    ),
    find(
        Move::Blame,
        "the|our @third|artist|stylist|groomer|barber|driver might|may|must have been|got|misread|used|worked",
        S,
    ),
    find(
        Move::Blame,
        "@be usually|probably|normally|often down to",
        S,
    ),
    // Pass 5. Someone else's, in other words: "The coaches are self-employed." "The transfer
    // company is separate from us." "The landlord handles the air con." "The lab's had a
    // backlog." "They take ages." "The cruise line only informed us late." "The volunteer who
    // runs it pulled out." "Somebody at head office was meant to update them." "Whoever quoted
    // you left it off." "She shouldn't have promised that."
    find(
        Move::Blame,
        "@be ..1 self employed|freelance|freelancers|subcontractor|subcontractors|franchised|contractors|agency",
        S,
    ),
    find(Move::Blame, "@be separate from us|ours", S),
    find(
        Move::Blame,
        "@third handles|owns|runs|manages|controls|sets the|that|those|all",
        S,
    ),
    find(
        Move::Blame,
        "@third @have|has|'s had ..2 problems|issues|delays|trouble|backlog|backlogs|shortages|breakages|complaints",
        S,
    ),
    find(
        Move::Blame,
        "they|he|she take|takes ages|forever|weeks|months",
        S,
    ),
    find(
        Move::Blame,
        "informed|told|notified|warned us ..2 late|last",
        S,
    ),
    find(
        Move::Blame,
        "the|our _? @third ..4 pulled|dropped|backed|bailed out|on",
        S,
    ),
    find(
        Move::Blame,
        "someone|somebody ..4 was|were meant|supposed to",
        S,
    ),
    find(
        Move::Blame,
        "whoever ..6 left|forgot|missed|gave|put|told|should",
        S,
    ),
    find(Move::Blame, "he|she|they should not|never @have !been", S),
    find(
        Move::Blame,
        "their issue|problem|responsibility|side|lookout",
        S | NEG,
    ),
    // The customer, hedged: "You might have missed it." "It must have got damp." "Did anyone
    // flush wipes down it?" "The file you sent didn't have any bleed." "It was explained to you
    // at the survey." "He says you were abusive to him first."
    find(Move::Blame, "you might|may just? have", S),
    find(Move::Blame, "it|they must|might have got|gotten", S),
    find(Move::Blame, "did you not", Q),
    cancel(Move::Listening, "did you not", Q),
    find(
        Move::Blame,
        "the _ you sent|uploaded|gave|supplied|provided|chose|picked|entered|submitted ..3 did|was|were|had not|low|wrong|missing|blurry|incorrect|too",
        S,
    ),
    find(
        Move::Blame,
        "was|were explained|mentioned|pointed|given|shown to you",
        S,
    ),
    find(Move::Blame, "says|said you were|had|did", S),
    find(
        Move::Blame,
        "@be probably|likely|definitely your wifi|internet|connection|browser|device|phone|router|settings|laptop",
        S,
    ),
    find(Move::Blame, "form|waiver you signed|agreed|accepted", S),
    // Not blame: the customer's wait quoted back ("Forty minutes when you were told ten"); our
    // own thing's mistake ("that's our website's mistake").
    cancel(
        Move::Blame,
        "when|than you were told|promised|quoted",
        OVERLAP,
    ),
    cancel(
        Move::Blame,
        "our|my _ _? 's mistake|error|fault|failure|doing|slip",
        OVERLAP,
    ),
    find(
        Move::Ownership,
        "our|my _ _? 's mistake|error|fault|failure|doing|slip",
        NEG,
    ),
    // Pass 6. The customer, in other words: "It could have happened in your car." "You probably
    // didn't tick it." "You must be overloading them." "You told us it would fit." "You ticked the
    // box." "Are you certain it wasn't there?" "Is it definitely not from your fitting?" "Did you
    // check the label?" Someone outside: "Royal Mail have been very unreliable." "They must have
    // lost them." "The manufacturer's had a bad batch." "Housekeeping are running way behind."
    // "It's the responsibility of the council." "It was damaged prior to the visit." "Delivery
    // times are outside our control." "They work on a self-employed basis." "Our process wouldn't
    // normally leave that mark."
    find(
        Move::Blame,
        "could|might|must @have happened|been in|on|when|while your|you|the",
        S,
    ),
    find(
        Move::Blame,
        "you|they @have? probably|prob|obviously|clearly did|have|had|'ve|got|brought|put|left|used|missed|forgot|ticked|booked|selected|chose|*ed",
        S,
    ),
    find(Move::Blame, "you told|said|assured us|me it|that|you", S),
    find(Move::Blame, "you ticked|selected|clicked", S),
    find(Move::Blame, "are you certain|positive", Q),
    find(Move::Blame, "definitely not from|off your|you", Q),
    find(
        Move::Blame,
        "did you check|read|notice|see the|it|that|your",
        Q,
    ),
    cancel(
        Move::Listening,
        "did you check|read|notice|see the|it|that|your",
        Q,
    ),
    find(
        Move::Blame,
        "they|he|she must|might|may @have lost|forgot|missed|dropped|misread|mixed|sent|put",
        S,
    ),
    find(
        Move::Blame,
        "@third 's|has|have had a bad|rough|nightmare|terrible|awful",
        S,
    ),
    find(Move::Blame, "@third @be running ..2 behind|late", S),
    find(Move::Blame, "responsibility of the|your|their", S),
    find(
        Move::Blame,
        "was|were damaged|broken|faulty|there|already ..2 prior|before our|the visit|arrival|collection|delivery",
        S,
    ),
    find(Move::Blame, "outside|beyond our|my control", S),
    find(
        Move::Blame,
        "self employed|freelance basis|contractors|contractor",
        S,
    ),
    find(
        Move::Blame,
        "our|the _ would|does|do not normally|usually|ever",
        S,
    ),
    cancel(
        Move::Blame,
        "by a|our small team|business|company|family",
        OVERLAP,
    ),
    // Pass 7. More blame: "The drivers are contractors." "Sorting the licence was on the booking
    // form for you to do." "You might want to check you gave us the right one." "You're the one
    // who hits send." "It's up to customers to keep an eye on it." "The tin does say interior on
    // the side." "The costumes come from a supplier, we just pass them on." "It was on the
    // Facebook group." "It's the supplier holding us up."
    find(
        Move::Blame,
        "for you to do|sort|arrange|check|book|bring",
        S,
    ),
    find(Move::Blame, "check you gave|entered|put|sent|booked", S),
    find(
        Move::Blame,
        "you @be the one who|that !has|have|will|is|needs|gets",
        S,
    ),
    find(
        Move::Blame,
        "up to customers|you|people|parents|guests|members|riders|owners to keep|check|read|make",
        S,
    ),
    find(Move::Blame, "does|do say|state|states", S),
    find(
        Move::Blame,
        "come|comes|came from a|the|our|their @third",
        S,
    ),
    find(Move::Blame, "we just pass them|it on", S),
    find(
        Move::Blame,
        "it was|'s on|in the website|app|newsletter|noticeboard|group|facebook|email|sign|booking",
        S,
    ),
    find(Move::Blame, "holding|held us up", S),
    // Pass 8. "You must plan for this." "It's controlled from the leisure centre, not from us."
    // "The cleaners work for the council." "The spelling came from the form you filled in."
    // "They've been useless all the way through." "It's the solicitors holding it up." "The
    // manufacturer has a shortage of chips." "The cafe isn't actually run by us." "Your foot was
    // slipping." "The supplier sent us a bad batch." "The guests always forget." "Maybe the chip
    // was from the factory." "The guests before you checked out late." "The hire company only
    // sent half." Not "…what you were told on the phone", not "You should have heard from us".
    find(
        Move::Blame,
        "you must plan|check|read|book|make|remember",
        S,
    ),
    find(Move::Blame, "not from|by us|ourselves", S),
    find(Move::Blame, "work|works|worked for the|a @third|council", S),
    find(Move::Blame, "the form you filled|completed|sent|signed", S),
    find(
        Move::Blame,
        "they|he|she @have been useless|hopeless|terrible|rubbish|awful|slow",
        S,
    ),
    find(Move::Blame, "holding it|things|everything up", S),
    find(Move::Blame, "@third @have|has a? shortage", S),
    find(Move::Blame, "not ..1 run|owned|managed|operated by us", S),
    find(
        Move::Blame,
        "your _ was|were slipping|moving|wrong|loose",
        S,
    ),
    find(Move::Blame, "@third sent|gave us a|the bad|wrong", S),
    find(
        Move::Blame,
        "always|usually|nearly the? guests|customers|people forget",
        S,
    ),
    find(Move::Blame, "from the factory", S),
    find(Move::Blame, "the guests|people|group before you", S),
    find(Move::Blame, "@third only sent|delivered|gave|brought", S),
    cancel(Move::Blame, "what you were told", OVERLAP),
    cancel(
        Move::Blame,
        "you should have heard|had|got|received|been ..3 from us",
        OVERLAP,
    ),
    // Pass 11. "You did park right under the window." "That's probably the post." "Riders are
    // responsible for checking the scooter." "The last guests checked out late." "You picked the
    // layout." "Did you maybe delete it by accident?" "It's usually something on the browser
    // side." "Kids should really wear long sleeves." "Did you charge it fully before you tried
    // it?" "That's down to Royal Mail." "…if you don't tap confirm."
    find(
        Move::Blame,
        "you did !not|a|the|it|that|this|everything|nothing|so|well|right|all|what",
        S | START,
    ),
    find(Move::Blame, "@be probably the @third|post", S),
    find(
        Move::Blame,
        "responsible for checking|making|reading|keeping|ensuring",
        S,
    ),
    find(
        Move::Blame,
        "the last|previous _ checked|left|were|was|came",
        S,
    ),
    find(
        Move::Blame,
        "the _ before you was|were|checked|left|had|came|did",
        S,
    ),
    find(
        Move::Blame,
        "you picked|chose|approved|selected the|this|that _ $",
        S,
    ),
    find(Move::Blame, "you ..4 by accident|mistake", 0),
    find(
        Move::Blame,
        "on the|your browser|customer|user|device side|end",
        S,
    ),
    find(
        Move::Blame,
        "kids|customers|people|guests|riders|children should really|always",
        S,
    ),
    find(Move::Blame, "did you ..5 before you", Q),
    cancel(Move::Listening, "did you ..5 before you", Q),
    find(Move::Blame, "down to @third", S),
    find(
        Move::Blame,
        "if you do not tap|press|click|select|confirm|check|read|follow",
        S,
    ),
    // Pass 12. "It might be an issue with your card." "It's the post room that keeps losing it."
    // "Could it have happened after we left?" "You'd have avoided it with regular brushing." "I'm
    // not sure that's on us." "Did you put their ages in when you booked?" "More furniture than on
    // the survey." "You'd have seen it on our Instagram." "A lot of people forget." "Because people
    // are still on an old version." "Did you maybe leave it off?" "We do tell everyone to check."
    // Not our own van breaking down (an excuse).
    find(Move::Blame, "issue|problem|fault with your", S),
    find(Move::Blame, "it @be the _ _? that keeps|kept|keep", S),
    find(
        Move::Blame,
        "could|might it have happened|been after|before|when",
        Q,
    ),
    cancel(
        Move::Listening,
        "could|might it have happened|been after|before|when",
        Q,
    ),
    find(
        Move::Blame,
        "you 'd|would have avoided|seen|known|noticed|spotted",
        S,
    ),
    find(Move::Blame, "not sure that @be on us|me", S),
    find(
        Move::Blame,
        "did you ..4 when you booked|ordered|signed|registered",
        Q,
    ),
    cancel(
        Move::Listening,
        "did you ..4 when you booked|ordered|signed|registered",
        Q,
    ),
    find(
        Move::Blame,
        "more ..3 than on|in the survey|quote|booking|form",
        S,
    ),
    find(Move::Blame, "a lot of people|customers|guests forget", S),
    find(Move::Blame, "lots of people|customers|guests forget", S),
    find(Move::Blame, "because people|customers|users @be", S),
    find(Move::Blame, "did you maybe|perhaps", Q),
    cancel(Move::Listening, "did you maybe|perhaps", Q),
    find(
        Move::Blame,
        "we do tell|say|ask|advise|warn everyone|customers|people",
        S,
    ),
    cancel(
        Move::Blame,
        "van|lorry|truck|bus ..2 broke|broken down",
        OVERLAP,
    ),
    // Pass 14. "He must have leaned right over." "If you've been leaving it on charge overnight,
    // that does kill them." "The chef's been double-booked by another venue." "My colleague must have priced it wrong." "Royal Mail have
    // been useless." "Restricted-view seats are marked on the seating plan." "They're the ones who
    // didn't turn up." "Most people forget." "That'll be the delivery contractor." "The drivers are
    // agency staff." "That's what was on the entry form." "It's usually the boiler, not our
    // thermostat." "The installers are independent contractors." "They've had issues all week."
    // "That adviser shouldn't have said that." "They were fine when they left us."
    find(Move::Blame, "he|she|they must @have !been", S),
    find(Move::Blame, "if you @have been *ing", S),
    find(
        Move::Blame,
        "by another venue|company|client|firm|customer|group",
        S,
    ),
    find(Move::Blame, "colleague|colleagues must @have", S),
    find(
        Move::Blame,
        "@third @have been useless|hopeless|terrible|slow|awful|unreliable",
        S,
    ),
    find(Move::Blame, "@be marked|shown|listed|stated on the|your", S),
    find(Move::Blame, "the ones who|that did|have not|never", S),
    find(Move::Blame, "most people|customers|guests forget", S),
    find(Move::Blame, "will be the _? @third", S),
    find(Move::Blame, "@be agency staff|workers|drivers", S),
    find(
        Move::Blame,
        "what was on the|your form|booking|order|application",
        S,
    ),
    find(Move::Blame, "it @be usually|probably the _ not our|us", S),
    find(
        Move::Blame,
        "@be independent|separate contractors|company|firm|companies|firms",
        S,
    ),
    find(
        Move::Blame,
        "they|he|she @have had ..2 issues|problems|trouble|delays",
        S,
    ),
    find(
        Move::Blame,
        "adviser|advisor|colleague|rep|salesman|agent should not|never @have",
        S,
    ),
    find(Move::Blame, "fine when they|it left us", S),
    // ───────────────────────────── excuse ─────────────────────────────
    // Explaining why: "The reason is our system was upgraded…", "…which is why yours missed the van."
    find(Move::Excuse, "the reason ..2 is|was|being|why", S),
    // Circumstances: peak times, changeovers, teething problems, weather, glitches, demand.
    find(
        Move::Excuse,
        "peak|busiest season|time|times|period|hours|weekend|periods|week|day",
        S,
    ),
    find(
        Move::Excuse,
        "we|everything|things|everyone|schedule|clinic|kitchen|office|surgery|appointments|it @be ..1 running behind|late",
        S | NEG,
    ),
    find(
        Move::Excuse,
        "our|the|a|an|this|that _? migration|changeover|switchover|rollout|restructure|reorganization|refurbishment",
        S,
    ),
    find(Move::Excuse, "teething", S),
    find(
        Move::Excuse,
        "flooded|storm|storms|blizzard|heatwave|snowstorm|snow|snowfall|fog|gales|flooding|ice|icy|hail|wildfire|wildfires|hurricane|typhoon",
        S | NEG,
    ),
    find(Move::Excuse, "through the roof", S),
    find(
        Move::Excuse,
        "huge|massive|unprecedented|exceptional|unusually|exceptionally|high ..1 demand|volumes|volume|influx",
        S,
    ),
    find(Move::Excuse, "glitch|glitches|blip|hiccup|fluke", S | NEG),
    // A machine as the subject of the failure: "The new till system's been doubling items."
    find(
        Move::Excuse,
        "system|till|software|computer|app|website|portal|machine|server|servers|network|printer|scanner 's|has|have|is|was|were|had ..2 doubling|crashing|failing|glitching|freezing|playing|acting|misbehaving|overcharging|rejecting|dropping|losing|down|offline",
        S | NEG,
    ),
    // Circumstances as the cause: "That's down to network congestion at peak times."
    find(
        Move::Excuse,
        "down to ..2 congestion|demand|traffic|volume|volumes|weather|staffing|shortage|shortages|sickness|glitch|outage|backlog|roadworks|strikes",
        S,
    ),
    // Busy and stretched: "We had a record number of applications and the team was stretched."
    find(
        Move::Excuse,
        "record number|numbers|volume|volumes|demand",
        S | NEG,
    ),
    find(
        Move::Excuse,
        "we|team|staff|everyone|kitchen|office|department|branch|crew @be|were|was|have|has|had been? really|so|completely|very|totally|a|bit? stretched|swamped|overwhelmed|snowed|understaffed|short-staffed|slammed|rammed",
        S,
    ),
    find(Move::Excuse, "which|that|this @be why", S),
    find(Move::Excuse, "because", S),
    find(Move::Excuse, "due|owing|thanks to", S),
    find(Move::Excuse, "because of", S),
    find(Move::Excuse, "as a result of", S),
    // Framing: "Just so you know, our depot system…", "For your info, …", "Thing is, …"
    mark(Mark::ExcuseFrame, "just so you know|are", S),
    mark(Mark::ExcuseFrame, "for your info|information|awareness", S),
    mark(Mark::ExcuseFrame, "fyi", S),
    mark(Mark::ExcuseFrame, "just to explain|clarify", S),
    mark(Mark::ExcuseFrame, "it might|may help to know", S),
    mark(Mark::ExcuseFrame, "thing is", S | START),
    mark(Mark::ExcuseFrame, "the thing is", S),
    mark(Mark::ExcuseFrame, "what happened ..1 is|was", S),
    // Busy and short: "We're two chefs down tonight." "We've had two lads off sick."
    find(
        Move::Excuse,
        "we @be ..2 busy|slammed|swamped|short|stretched|understaffed|backed|rammed|snowed|down|overwhelmed|flat",
        S,
    ),
    find(Move::Excuse, "off sick", S),
    // "Your trainer was ill." "We had no cover."
    find(Move::Excuse, "was|were|@have been ill|sick|unwell", S),
    find(
        Move::Excuse,
        "had|have no|nobody|not enough cover|staff|drivers|engineers",
        S,
    ),
    find(Move::Excuse, "on holiday|leave $", S),
    find(Move::Excuse, "short staffed|handed", S),
    find(Move::Excuse, "call volumes", S),
    find(Move::Excuse, "high demand", S),
    find(Move::Excuse, "backlog", S),
    find(
        Move::Excuse,
        "busier|higher|longer|slower|hotter|colder|wetter than normal|usual|expected|forecast",
        S,
    ),
    // Systems as the subject: "Our booking platform overbooked…" — not "on our system".
    find(
        Move::Excuse,
        "our|the|a|its|this|that _? system|systems|platform|app|software|computer|computers|server|servers",
        S,
    ),
    find(Move::Excuse, "our till", S),
    // The system reporting, not failing: "The system is showing your refund as sent."
    cancel(
        Move::Excuse,
        "system|systems|platform|app|software|computer|computers|portal @be? showing|shows|show|says|said|confirms|confirmed|lists|listed|records|recorded",
        OVERLAP,
    ),
    cancel(
        Move::Excuse,
        "on|in|into|through|onto|from|via|updated|checked|logged|flagged|noted|put|entered|recorded|added our|the|a|its|this|my _? system|systems|platform|till|app|software|computer|computers|server|servers",
        OVERLAP,
    ),
    // Costs rose: "Timber's gone up twenty percent since spring."
    find(Move::Excuse, "gone|went up", S),
    // Guessing a cause: "Could be the roads round here."
    find(Move::Excuse, "could|might|may be the", S | START),
    find(Move::Excuse, "normally|usually leave|do|happen", S),
    find(Move::Excuse, "booked up|fully booked", S),
    // Causes: "It was caused by a power cut." "There was an outage overnight." "It's been a mad week."
    find(Move::Excuse, "caused by", S),
    find(
        Move::Excuse,
        "there was|were ..2 outage|glitch|bug|migration|update|upgrade|strike|storm|shortage|surge|backlog|changeover|power|staffing|sickness|fault",
        S,
    ),
    find(
        Move::Excuse,
        "there @have been ..2 outage|glitch|bug|migration|update|upgrade|strike|storm|shortage|surge|backlog|changeover|power|staffing|sickness|fault",
        S,
    ),
    find(
        Move::Excuse,
        "we @have|'ve had ..2 lot|lots|loads|spate|run|influx|surge|number",
        S,
    ),
    find(
        Move::Excuse,
        "busy|crazy|mad|hectic|manic|chaotic day|week|morning|shift|period|time|season|weekend",
        S,
    ),
    find(Move::Excuse, "supply chain|issues|shortage|problems", S),
    find(Move::Excuse, "staff|staffing shortage|shortages|issues", S),
    // "…which is what's happened here."
    find(Move::Excuse, "which @be what", S),
    // "It's been really hectic." "…with the holiday rush."
    find(
        Move::Excuse,
        "@have|@be been ..2 hectic|busy|manic|crazy|mad|chaotic|swamped|slammed|rammed",
        S,
    ),
    find(
        Move::Excuse,
        "holiday|christmas|summer|seasonal|morning|lunch rush",
        S,
    ),
    // Pass 3 (general forms from blind-1 misreads).
    mark(Mark::ExcuseFrame, "for context|background", S),
    // Pointing at the cause: "…which is probably what's happened." "…which is how it got missed."
    find(
        Move::Excuse,
        "which @be probably|likely|exactly|just? how|what ..4 happen*|missed|wrong|went|got",
        S,
    ),
    find(
        Move::Excuse,
        "that @be probably|likely|exactly how|what ..4 happen*|missed|wrong|went|got",
        S,
    ),
    find(
        Move::Excuse,
        "that|which @be probably|likely|exactly|partly|mostly why",
        S,
    ),
    find(Move::Excuse, "we|i had no choice|option", S),
    // "We've had a nightmare week with the new system."
    find(
        Move::Excuse,
        "@have|had|having a nightmare|mad|crazy|hectic|busy|manic|chaotic _? week|day|month|morning|weekend|fortnight|time",
        S,
    ),
    // The system as what we cannot get past is a refusal, not an excuse: "I'm not able to
    // override the booking system." "The system won't let me reverse it."
    cancel(Move::Excuse, "not able to ..3 system|systems", OVERLAP),
    cancel(Move::Excuse, "unable to ..3 system|systems", OVERLAP),
    cancel(Move::Excuse, "can not ..3 system|systems", OVERLAP),
    cancel(
        Move::Excuse,
        "system|systems will|would|does|did not let|allow",
        OVERLAP,
    ),
    // Someone else's glitch is blame: "…it's their glitch, not ours."
    cancel(
        Move::Excuse,
        "their|his|her glitch|error|mistake|problem|issue|fault|outage",
        OVERLAP,
    ),
    // An exception made is not an excuse: "We don't normally do this, but I've refunded it."
    cancel(Move::Excuse, "not normally|usually ..4 but", 0),
    // "It's a known issue with the update."
    find(
        Move::Excuse,
        "known issue|problem|bug|fault|glitch",
        S | NEG,
    ),
    // A machine failing: "The parking sensor misread your plate." "Our phone lines were jammed."
    find(
        Move::Excuse,
        "sensor|sensors|camera|cameras|scanner|machine|meter|computer|computers|till|printer|app|website|software|server|portal|phone|phones|lines ..2 misread|failed|crashed|broke|froze|glitched|malfunction*|stopped|jammed|overloaded",
        S,
    ),
    // "The flight was oversold." "The tables from the earlier sitting are taking their time."
    // "The new till keeps dropping orders."
    find(
        Move::Excuse,
        "@be oversold|oversubscribed|overbooked",
        S | NEG,
    ),
    find(Move::Excuse, "taking their|its time", S),
    find(
        Move::Excuse,
        "it|system|till|app|machine|software|printer|website|site keeps|kept crashing|dropping|failing|freezing|losing|breaking|rejecting|glitching",
        S,
    ),
    // Hyphenated words are two tokens: "double-booked" is `double booked`.
    find(Move::Excuse, "@be|got double booked", S),
    find(Move::Excuse, "short staffed", S),
    find(
        Move::Excuse,
        "@be really|so|very|completely|totally|quite|a? bit? stretched|swamped|overwhelmed|understaffed|slammed|rammed|overbooked",
        S,
    ),
    // "You must be swamped" is sympathy for them, not our excuse.
    cancel(
        Move::Excuse,
        "you @be|must|might ..3 stretched|swamped|overwhelmed|slammed|rammed|busy",
        OVERLAP,
    ),
    // Staff away: "two staff off with flu", "three instructors leave since the summer".
    find(Move::Excuse, "off with flu|covid|illness|sickness|a|the", S),
    find(Move::Excuse, "had _ _? leave|quit|resign|retire", S),
    // Waiting on parts: "The boiler's waiting on a part from Germany."
    find(
        Move::Excuse,
        "waiting on|for a|the part|parts|stock|delivery|shipment",
        S,
    ),
    // A schedule or machine as the cause: "The crematorium only collects on Fridays." "The
    // lorry broke down." "We had to shut early." "It's been doing that all week."
    find(
        Move::Excuse,
        "only collects|comes|delivers|runs|opens|visits|works ..3 on|once|twice|every",
        S,
    ),
    find(Move::Excuse, "broke|broken down", S),
    find(
        Move::Excuse,
        "we had to shut|close|cancel|postpone|stop|turn",
        S,
    ),
    find(Move::Excuse, "@be been doing that|this all|for", S),
    find(
        Move::Excuse,
        "old|ancient|older building|system|boiler|machine|fabric|van",
        S,
    ),
    // Pass 4. "…so that's how it happened." "It'll have been a Windows update kicking in." "So
    // you know, our form has a character limit." "It's organic produce, so that can happen."
    find(Move::Excuse, "that @be how|why it happened|happens", S),
    find(Move::Excuse, "it will|must|might|'ll have been a|an|the", S),
    mark(Mark::ExcuseFrame, "so you know", S | START),
    find(Move::Excuse, "so that|it|this can|does|will happen", S),
    // Owning, not explaining: "You lost the room because of our kit."
    cancel(Move::Excuse, "because of our|my _ $", OVERLAP),
    // Minimising, not explaining: "I'm sure it's just a glitch." A rule, not a reason: "the
    // system only lets us reprint whole orders."
    cancel(Move::Excuse, "just a|an glitch|blip|hiccup|fluke", OVERLAP),
    cancel(
        Move::Excuse,
        "system|till|software only lets|allows|permits",
        OVERLAP,
    ),
    cancel(
        Move::Excuse,
        "our|my _ _? that? @be? failing|failed|letting|let you|u",
        OVERLAP,
    ),
    // Pass 5. Why it happened, in other words. Kit failing: "The printer's been playing up all
    // week." "We had an oven break down." "The projector failed." People out: "The runner
    // phoned in sick." "She's had an emergency come in." "He's been working doubles." "I was
    // on my break." Busy: "It's Saturday, mate." "It's a very busy clinic." "Everyone wants
    // their car done." Scarce: "Parts are slow at the moment." "There's a shortage across the
    // industry." Roads: "Traffic on the ring road was awful." Found later: "The roof turned out
    // to be older than the survey showed." Normal for it: "That's pretty common after a
    // service." "That happens sometimes with the older units."
    find(Move::Excuse, "@have been playing|acting up", S),
    find(Move::Excuse, "on the blink", S | NEG),
    find(Move::Excuse, "broke|break|breaks|broken down", S),
    find(
        Move::Excuse,
        "the|a|an|our _ _? failed|crashed|died|overheated|jammed !you|to|us|me",
        S,
    ),
    find(Move::Excuse, "phoned|called|rang in sick", S),
    find(Move::Excuse, "got|been|was called away|out|to", S),
    find(Move::Excuse, "had an emergency", S),
    find(Move::Excuse, "working doubles|nonstop|flat out", S),
    find(Move::Excuse, "under a lot of pressure", S),
    find(
        Move::Excuse,
        "on my|his|her|their|a break|lunch !till|until|til|technically",
        S,
    ),
    find(
        Move::Excuse,
        "had to nip|pop|dash|leave|go off|out|early",
        S,
    ),
    find(
        Move::Excuse,
        "it @be ..1 saturday|sunday|friday|weekend|christmas|easter|summer|rush|half-term",
        S | FIRST,
    ),
    find(Move::Excuse, "friday|saturday night", S | FIRST),
    find(
        Move::Excuse,
        "@be a|an ..2 busy|popular|hectic|mad|manic",
        S | NEG,
    ),
    find(Move::Excuse, "everyone|everybody wants", S),
    find(Move::Excuse, "every _ ..3 @be busy|booked|taken", S),
    find(
        Move::Excuse,
        "parts|stock|supplies|deliveries @be|are slow|short|scarce|hard|delayed|like",
        S | NEG,
    ),
    find(
        Move::Excuse,
        "there @be|'s a ..2 shortage|backlog|strike|outage",
        S,
    ),
    find(
        Move::Excuse,
        "traffic ..4 awful|terrible|bad|mad|horrendous|heavy|gridlocked|murder|nightmare",
        S,
    ),
    find(Move::Excuse, "satnav|gps sends|sent|took|takes", S),
    find(Move::Excuse, "turned|turns out", S),
    find(
        Move::Excuse,
        "once|when|after we ..6 found|discovered|saw",
        S,
    ),
    find(
        Move::Excuse,
        "before we saw|found|knew|realised|realized",
        S,
    ),
    find(
        Move::Excuse,
        "which|that|this|it happens sometimes|occasionally",
        S,
    ),
    find(Move::Excuse, "which|that|this|it can|does happen", S),
    find(Move::Excuse, "that @be just what it|they does|do", S),
    find(Move::Excuse, "usually|normally|often just means", S),
    find(
        Move::Excuse,
        "@be pretty|quite|very|perfectly|probably common|typical after|with",
        S | NEG,
    ),
    // Not an explanation: ice cream; a computer being fixed; a cause that owns the failure
    // ("because we didn't turn up", "because we've messed you about").
    cancel(
        Move::Excuse,
        "ice cream|creams|lolly|lollies|cube|cubes|rink|skating",
        OVERLAP,
    ),
    cancel(
        Move::Excuse,
        "get|getting|have|fix*|sort*|repair* the|your|our computer|system|laptop|app|software|printer|machine",
        OVERLAP,
    ),
    cancel(
        Move::Excuse,
        "because|since we|i @have? messed|let|failed|forgot|dropped",
        OVERLAP,
    ),
    cancel(Move::Excuse, "because|since we|i did not|never", OVERLAP),
    // Pass 6. More whys: "The website only syncs with the tills once a night." "The office is
    // only manned two days a week." "The pictures are for illustration only." "They probably got
    // held up on another job." "It was pretty dark this morning." "Mondays are really busy."
    // "Breakdowns are unavoidable with older vehicles." "The till still had the old price." "We're
    // a small team." "We received a very large number of orders." "The booking glitched." "The
    // machines are old." "An unusually wet spring." "Yours got bumped." "The previous job
    // overran." "The template's been printing the wrong clinic." "Which accounts for the
    // difference." "The key holder's been away." "It's a volunteer-run club." "He hasn't got time."
    find(
        Move::Excuse,
        "only updates|syncs|sync|update|manned|staffed|open|opens|runs|checks",
        S,
    ),
    find(
        Move::Excuse,
        "for illustration|illustrative only|purposes",
        S,
    ),
    find(Move::Excuse, "got|been|was|were|get held|tied|caught up", S),
    find(
        Move::Excuse,
        "it was|been pretty|really|very|so? dark|foggy|wet|raining|snowing|windy|freezing",
        S,
    ),
    find(
        Move::Excuse,
        "@be really|very|so|extremely|pretty|incredibly|super|absolutely|crazy|mad busy|mental|manic|hectic|heaving|packed|rammed",
        S | NEG,
    ),
    find(
        Move::Excuse,
        "@be|been mental|manic|hectic|chaos|chaotic",
        S | NEG,
    ),
    find(Move::Excuse, "unavoidable|inevitable", S | NEG),
    find(
        Move::Excuse,
        "still had|has|showed|shows|showing the old|wrong|previous",
        S,
    ),
    find(
        Move::Excuse,
        "@be|by a small team|business|company|operation|family",
        S,
    ),
    find(
        Move::Excuse,
        "large|huge|massive|big number|volume|amount|influx of",
        S,
    ),
    find(Move::Excuse, "glitched|glitching", S),
    find(
        Move::Excuse,
        "the|our _ _? @be ..1 old|ancient|ageing|aging|worn|temperamental",
        S | NEG,
    ),
    find(
        Move::Excuse,
        "unusually|exceptionally|really|very wet|busy|cold|hot|dry|windy|quiet",
        S | NEG,
    ),
    find(
        Move::Excuse,
        "a lot|lots|loads of emergency|call|calls|orders|bookings|callouts|traffic|demand",
        S,
    ),
    find(
        Move::Excuse,
        "got|was|were|been bumped|pushed|delayed|held",
        S,
    ),
    find(Move::Excuse, "overran|overrun|overrunning", S),
    find(Move::Excuse, "been *ing the|a wrong", S),
    find(Move::Excuse, "which|that|this accounts|account for", S),
    find(Move::Excuse, "which|that|this explains", S),
    find(Move::Excuse, "been away|off", S),
    find(Move::Excuse, "been on leave", S),
    find(Move::Excuse, "@be ..2 volunteer|volunteers|unpaid", S),
    find(Move::Excuse, "not got|have the? time", S),
    cancel(Move::Excuse, "because of us|me", OVERLAP),
    // Pass 7. More whys: "The replacement isn't in the budget." "That gate is fifteen years
    // old." "That's standard across the industry." "It's just me and Sandra." "The shuttles are
    // short a driver." "Probably on break." "Heads up, we moved some cars." "Our mechanic's out
    // sick." "He's having a rough week." "The website's a bit out of date." "We haven't got round
    // to updating it." "Could be batch variation." "The brushes needed doing as well."
    find(Move::Excuse, "not in the budget", S),
    find(Move::Excuse, "standard across|in the industry", S),
    find(Move::Excuse, "just|only me and", S),
    find(Move::Excuse, "on my own", S),
    find(
        Move::Excuse,
        "short a|of ..1 driver|drivers|staff|person|pair|hands",
        S,
    ),
    find(Move::Excuse, "on break|lunch", S),
    mark(Mark::ExcuseFrame, "heads up", S | START),
    find(Move::Excuse, "out|off sick|ill", S),
    find(
        Move::Excuse,
        "having a rough|bad|tough|hard|mad week|day|time|morning|shift",
        S,
    ),
    find(Move::Excuse, "out of date", S | NEG),
    find(Move::Excuse, "not got|gotten round|around to", S),
    find(
        Move::Excuse,
        "could|might|may be _ variation|error|fault|issue|problem",
        S,
    ),
    cancel(Move::Excuse, "dry ice", OVERLAP),
    cancel(
        Move::Excuse,
        "our system 's mistake|error|fault|failure",
        OVERLAP,
    ),
    // Pass 8. "The coin part jams when it is cold." "Some of the older clamps seize up." "The
    // lorry was already full." "Our photographer had a family emergency." "Our inbox is a mess
    // since Sarah left." "The market is very slow." "He's with us only two days in the week."
    find(
        Move::Excuse,
        "when it @be|gets cold|warm|hot|wet|busy|raining|freezing",
        S,
    ),
    find(
        Move::Excuse,
        "the|some|our older _ _? seize|jam|stick|break|fail|struggle",
        S,
    ),
    find(Move::Excuse, "@be already full|booked", S),
    find(Move::Excuse, "had|has a? family emergency", S),
    find(Move::Excuse, "since _ left|went", S),
    find(
        Move::Excuse,
        "market|business|trade|things|everything|post @be very|really|so slow",
        S | NEG,
    ),
    find(Move::Excuse, "only # days a|in the? week", S),
    // Pass 11. "They were old latches." "We're behind with all the rain." "There's no staff on site overnight." "We ran out of gas canisters."
    // "The lads are run off their feet." "The buggies were overdue a service." "We've been a
    // mechanic short." "She had another student straight after." "The extra £35 was for taking
    // off the old guard." "Storage limits came in with the new plans."
    find(Move::Excuse, "they were|are old", S),
    find(Move::Excuse, "@be behind with|because", S),
    find(Move::Excuse, "no staff|one on site|shift|duty", S),
    find(Move::Excuse, "nobody on site|shift|duty", S),
    find(Move::Excuse, "ran|run|running out of", S),
    find(Move::Excuse, "run off ..1 feet", S),
    find(Move::Excuse, "overdue a|for", S),
    find(Move::Excuse, "been a|an _ short", S),
    find(
        Move::Excuse,
        "had another ..2 straight|booked|waiting|after",
        S,
    ),
    find(Move::Excuse, "the extra|charge|fee|cost ..3 was|is for", S),
    find(Move::Excuse, "came|come in with", S),
    // Pass 14. "It's a scheduled job." "We've had a problem with the pool filter." "The website
    // doesn't update automatically." "New pads always squeal for the first week." "A huge spike in
    // enquiries." "Our inbox is a bit of a mess." "Vintage sizing runs differently." "There's been
    // a shortage all spring." "Wood swells in wet weather." "The cheese
    // warmer's been playing up." "They're bound to soften." "It's a beta feature." "Premiums go up
    // as pets get older." "The website hasn't been updated." "The driver's on a tight schedule."
    // "Every nursery's behind this time of year."
    find(
        Move::Excuse,
        "scheduled job|maintenance|work|works|closure",
        S,
    ),
    find(
        Move::Excuse,
        "we @have had a|some problem|problems|issue|issues with",
        S,
    ),
    find(Move::Excuse, "not update|sync|refresh automatically", S),
    find(Move::Excuse, "always ..3 for the first", S),
    find(Move::Excuse, "spike|surge|rush in", S),
    find(Move::Excuse, "@be a bit of a mess", S),
    find(Move::Excuse, "runs|run small|large|big|differently", S),
    find(
        Move::Excuse,
        "@have been a ..2 shortage|backlog|strike|outage",
        S,
    ),
    find(Move::Excuse, "in wet|hot|cold|humid|damp|warm weather", S),
    find(Move::Excuse, "'s been playing|acting up", S),
    find(Move::Excuse, "bound to", S),
    find(Move::Excuse, "@be a beta", S),
    find(Move::Excuse, "go|goes up as", S),
    find(
        Move::Excuse,
        "website|site|page|app|leaflet @have not been updated",
        S,
    ),
    find(Move::Excuse, "on a tight schedule|deadline", S),
    find(Move::Excuse, "this time of year", S),
    // ───────────────────────────── abdication ─────────────────────────────
    // Handing the decision back: "What do you want me to do?" "How do you want to play it?"
    find(
        Move::Abdication,
        "what|how ..3 you 'd|would|do|did|really? want|wanting|like|expect|hoping|after|expecting",
        Q,
    ),
    // "What do you suggest?" "What should I do?" "What would make this right?"
    find(
        Move::Abdication,
        "what|how ..2 you suggest|propose|recommend",
        Q,
    ),
    find(Move::Abdication, "what|how should|shall|can i|we do", Q),
    find(Move::Abdication, "what would it take|make", Q),
    find(Move::Abdication, "you tell me $", 0),
    find(Move::Abdication, "whatever you want|like|think", S),
    find(Move::Abdication, "what would you have me|us do", Q),
    find(Move::Abdication, "what is it you want", 0),
    // "Do you want to bring it back, or what?"
    find(Move::Abdication, "or what !_", Q),
    // "Just tell me what you want and I'll do it." "Tell me what you'd like and I'll see…"
    find(
        Move::Abdication,
        "tell me what|how you 'd|would? want|like|need",
        0,
    ),
    find(
        Move::Abdication,
        "let me know what|how you 'd|would? want|like",
        0,
    ),
    find(Move::Abdication, "what you think ..2 fair|reasonable", 0),
    find(Move::Abdication, "what you want done|doing", 0),
    find(Move::Abdication, "unless you can think of", 0),
    find(Move::Abdication, "you find ..8 and i will", 0),
    // More hand-backs: "What are you looking for from us?" "What would make you happy?" "How
    // would you like me to proceed?" "I'm open to suggestions." "I'll leave it with you."
    find(
        Move::Abdication,
        "what|how ..3 you looking|expecting|hoping|after for?",
        Q,
    ),
    find(
        Move::Abdication,
        "what|how would|'d|do you like|want ..2 me|us to",
        0,
    ),
    find(
        Move::Abdication,
        "what would make ..2 happy|right|better",
        0,
    ),
    find(
        Move::Abdication,
        "what do|would you need|want from me|us",
        0,
    ),
    find(Move::Abdication, "open to suggestions|ideas", 0),
    find(Move::Abdication, "i will|'ll leave it ..1 to|with you", 0),
    find(Move::Abdication, "name your price", 0),
    find(Move::Abdication, "whatever you need|decide|prefer|say", S),
    find(
        Move::Abdication,
        "let me know what|how ..3 you need|think|prefer",
        0,
    ),
    // "I'm not sure what you want me to do." "Any suggestions?" "Where do you want to go from here?"
    find(
        Move::Abdication,
        "what ..2 you want|expect|expecting|'d|would me|us to",
        0,
    ),
    find(Move::Abdication, "what you want|expect me|us to", 0),
    find(Move::Abdication, "any ideas|suggestions", Q),
    find(
        Move::Abdication,
        "what do you reckon|think we should|i should",
        Q,
    ),
    find(Move::Abdication, "where ..3 you want|like to go", Q),
    find(
        Move::Abdication,
        "tell me what|how would|will|could fix|sort|make|help",
        0,
    ),
    // Handing the work back: "You can re-import it yourselves." "Just rebook online." "What do
    // you reckon the bill should be?" "Just tell me and I'll see."
    find(Move::Abdication, "you ..6 yourself|yourselves", S),
    find(Move::Abdication, "need|needs ..3 on your side|end", S),
    find(
        Move::Abdication,
        "just rebook|book|reorder|resubmit|submit|reapply|apply|fill|log|order|cancel ..3 online|yourself|yourselves|website|app|portal",
        S,
    ),
    find(
        Move::Abdication,
        "what ..3 you reckon|think ..4 should|owe|fair",
        0,
    ),
    find(Move::Abdication, "work out what you", 0),
    find(
        Move::Abdication,
        "what ..3 you after|looking|hoping|expecting",
        0,
    ),
    find(Move::Abdication, "tell me and i|we will", 0),
    // Asking them to set the remedy: "Is there a particular amount you'd consider fair?"
    find(
        Move::Abdication,
        "you 'd|would consider|call|think fair|reasonable|acceptable",
        Q,
    ),
    // "Do let us know how you would like to proceed."
    find(Move::Abdication, "how you 'd|would like to proceed", S),
    find(Move::Abdication, "how ..3 like|want to proceed", Q),
    // The work handed over: "…grab one and fit it yourself?"
    find(
        Move::Abdication,
        "fit|fix|sort|do|install|collect|repair|handle|change|swap|clean|grab|get it|them|one|that yourself",
        0,
    ),
    // Chasing put on them: "If you could give them a call and get them to send it over…"
    find(
        Move::Abdication,
        "if you could|can give them a? call|ring",
        0,
    ),
    // Pass 4. "Tell me what you think you're owed." "Have a look online and see what dates
    // suit you."
    find(
        Move::Abdication,
        "tell me|us what you think|reckon|feel you @be owed",
        0,
    ),
    find(
        Move::Abdication,
        "tell me|us what you think|reckon|feel you deserve|want|need",
        0,
    ),
    find(Move::Abdication, "have a look|check online", S | START),
    find(
        Move::Abdication,
        "have a look|check on the|our website|site|app",
        S | START,
    ),
    find(Move::Abdication, "see what ..2 suit|suits|works you", S),
    // Pass 5. Handing the work back in other words: "You'll need to ask them to move yourself."
    // "Maybe try booking earlier." "You could always put a note up?" "Have you tried resetting
    // it?" "You can probably work it out." "If you've got any ideas I'm all ears." "Do you still
    // want it done or not?" "Tell me how much and I'll do it." "Try a different connection."
    find(Move::Abdication, "yourself", 0),
    cancel(
        Move::Abdication,
        "help|enjoy|treat|make|see|after|of|for|be|introduce|tell|beat|blame|kick|worry yourself",
        OVERLAP,
    ),
    // Not a hand-back: told not to ("Please don't try to get it out yourself"), sent elsewhere
    // (a refusal: "Give them a ring yourself"), or told before (blame).
    cancel(Move::Abdication, "do not|never ..6 yourself", OVERLAP),
    cancel(
        Move::Abdication,
        "give|ring|call|phone|contact|email|try them|him|her ..3 yourself",
        OVERLAP,
    ),
    cancel(
        Move::Abdication,
        "advised|told|asked|warned|reminded to ..6 yourself",
        OVERLAP,
    ),
    find(Move::Abdication, "maybe|perhaps try", START),
    find(Move::Abdication, "why not try", START),
    // "Maybe try again at the weekend" sends them away to wait: deferral, not a hand-back.
    cancel(Move::Abdication, "maybe|perhaps try again|back", OVERLAP),
    find(Move::Deferral, "maybe|perhaps try again|back", 0),
    find(Move::Abdication, "you could|can always", 0),
    find(Move::Abdication, "you can|could probably", S),
    find(
        Move::Abdication,
        "work it|that|this ..1 out with|between|yourself",
        0,
    ),
    find(Move::Abdication, "if you @have|'ve got? any ideas", 0),
    find(Move::Abdication, "if you @have|'ve got? a better idea", 0),
    find(Move::Abdication, "i @be all ears", 0),
    find(Move::Abdication, "or not !_", Q),
    find(
        Move::Abdication,
        "tell me how much|what|which ..6 and i will|'ll",
        0,
    ),
    find(
        Move::Abdication,
        "try a|another different|new|other connection|browser|device|cable|card|setting|router|phone|computer|network",
        0,
    ),
    find(
        Move::Abdication,
        "try another connection|browser|device|cable|card|setting|router|phone|computer|network",
        0,
    ),
    find(Move::Abdication, "just ask them|him|her", 0),
    // Pass 6. More hand-backs: "What exactly do you want" (typed without a question mark). "You
    // just need to plump them every day." "You could try a top coat at home." "Just give them a
    // scrub." "Have a proper look through all your bags first." "Just tell me who you'd like."
    // "Is there anything you'd like us to do?" "Please advise how you would like to proceed."
    // "If you find out who it is we'll have a word." "Tell me what outcome you'd like."
    find(Move::Abdication, "what exactly? do you want $", S),
    find(Move::Abdication, "what do you want|expect me|us to do", S),
    find(Move::Abdication, "you just need to", S),
    find(Move::Abdication, "you could|can|might try", 0),
    // …unless it sends them to another business: that is a refusal ("You could try the
    // manufacturer direct").
    find(
        Move::Refusal,
        "you could|can|might try ..3 @third|insurer|manufacturer|shop|store|chemist|boots|airline|airlines|elsewhere|direct",
        0,
    ),
    cancel(
        Move::Abdication,
        "you could|can|might try ..3 @third|insurer|manufacturer|shop|store|chemist|boots|airline|airlines|elsewhere|direct",
        OVERLAP,
    ),
    find(Move::Abdication, "just give them|it a", 0),
    find(Move::Abdication, "have a proper? look through", 0),
    find(
        Move::Abdication,
        "tell me who|which|whoever ..4 you 'd|would|want",
        0,
    ),
    find(
        Move::Abdication,
        "anything you 'd|would like us|me to do",
        0,
    ),
    find(Move::Abdication, "how you 'd|would|wish ..3 proceed", 0),
    find(Move::Abdication, "if you find out", 0),
    find(
        Move::Abdication,
        "tell me|us what ..2 you 'd|would like|want",
        0,
    ),
    // Pass 8. "Just use the card reader." "Try to change the fuse." "…and tell me." "What sort of
    // refund are you expecting?" "What am I supposed to do?"
    find(Move::Abdication, "just use", START),
    find(
        Move::Abdication,
        "try to change|fix|reset|replace|sort",
        START,
    ),
    find(Move::Abdication, "and then? tell me $", 0),
    find(
        Move::Abdication,
        "what sort|kind of ..3 you expecting|want|after",
        0,
    ),
    find(Move::Abdication, "what am i|i am supposed to do", 0),
    // ───────────────────────────── deferral ─────────────────────────────
    // Sending them to come back: "Check back in an hour." "Could you call back?" "Pop back then."
    find(
        Move::Deferral,
        "check|call|ring|pop|come|phone|try back|again !to|out|round|over|in",
        0,
    ),
    cancel(
        Move::Deferral,
        "i|we will|'ll|am ..1 call|ring|phone|check|come back",
        OVERLAP,
    ),
    find(
        Move::Deferral,
        "give|drop us|me a ring|call|bell|shout|email|message ..5 tomorrow|later|next|in|if|after|end|when|once|then",
        0,
    ),
    find(
        Move::Deferral,
        "bring|send it back ..2 next|later|another",
        0,
    ),
    find(Move::Deferral, "leave it with us|them", 0),
    // Open-ended waits: "It might be another hour or so." "It'll be a while."
    find(Move::Deferral, "be another|a while|ages", S),
    find(
        Move::Deferral,
        "when|once something|someone|he|she|they|we ..2 frees|free|gets|get|has|have|are|is|can|'s|available",
        S,
    ),
    // Vague waits: "We'll be in touch." "As soon as we can." "Sit tight."
    find(
        Move::Deferral,
        "someone|somebody will|'ll ..2 be|get|contact|call",
        S,
    ),
    find(Move::Deferral, "as soon as we|they can", S),
    find(Move::Deferral, "sit|hold tight", 0),
    find(Move::Deferral, "in due course", 0),
    find(Move::Deferral, "at some point", S),
    find(
        Move::Deferral,
        "raise|log|open|submit|put a|in ..2 ticket|request|complaint|case",
        S,
    ),
    find(Move::Deferral, "get|come back to you when|in|within", S),
    // "I'll get back to you within the hour" is a follow-up, not a wait.
    cancel(
        Move::Deferral,
        "i|we will|'ll ..1 get|come back ..4 minutes|minute|hour|hours|today|tonight|morning|afternoon|lunchtime|noon|shortly|asap|straight",
        OVERLAP,
    ),
    // Long processing: "…take up to twelve weeks", "five to seven working days"
    find(Move::Deferral, "working days", 0),
    find(
        Move::Deferral,
        "take|takes|taking up? to? # ..2 weeks|months|working",
        0,
    ),
    // Waiting for approval: "…needs my area manager's sign-off." "I'll need my manager to approve…"
    find(
        Move::Deferral,
        "need|needs ..4 sign|signoff|approval|approve|authorization|authorize|go-ahead|ok",
        S,
    ),
    find(
        Move::Deferral,
        "have|need to? check|ask|speak|clear ..1 with my|the|a manager|supervisor|boss|team|owner|office",
        S,
    ),
    find(Move::Deferral, "head office", S),
    // "You'll need to contact head office" sends them elsewhere: refusal, not a wait.
    cancel(
        Move::Deferral,
        "contact|call|ring|write|email|phone ..4 head office",
        OVERLAP,
    ),
    find(Move::Deferral, "pass it|this on|along|up", 0),
    // "I'll pass your complaint on to the team and they'll be in touch."
    find(Move::Deferral, "pass ..3 on|along|over to", S),
    find(Move::Deferral, "they|team will be in touch !_", S),
    find(Move::Deferral, "escalat*", S | NEG),
    // Not around: "She's not back till Thursday." "They're closed until 8am."
    find(
        Move::Deferral,
        "not back|in|available|around|here|working till|until",
        0,
    ),
    find(Move::Deferral, "closed till|until", 0),
    // "You'll have to wait." — not "you shouldn't have to wait".
    find(
        Move::Deferral,
        "you will|may|might|would|'d|must|just? have|need to wait",
        0,
    ),
    find(Move::Deferral, "you need to wait", 0),
    find(Move::Deferral, "wait ..4 till|until", 0),
    find(Move::Deferral, "earliest ..3 is|can", 0),
    find(
        Move::Deferral,
        "give it another|a|#|more|some ..2 hours|days|day|while|weeks|#",
        0,
    ),
    find(Move::Deferral, "give it another", 0),
    // Long or open-ended waits for an answer: "We'll get back to you in 3–5 days." "You'll hear
    // from the team within ten working days." "Please be patient."
    find(
        Move::Deferral,
        "get|come|hear back ..4 days|weeks|week|month|months|business|working|when|once|eventually|later",
        S,
    ),
    find(
        Move::Deferral,
        "you will|should hear|receive ..6 days|weeks|week|business|working|due|eventually",
        S,
    ),
    find(Move::Deferral, "business days", 0),
    find(Move::Deferral, "be patient", S),
    // Waiting for approval or a decision: "once it's approved", "pending approval", "I'll need to
    // run it past my manager first."
    find(
        Move::Deferral,
        "pending|awaiting|waiting ..2 approval|sign|decision|review|authorization|manager|response",
        S,
    ),
    find(
        Move::Deferral,
        "once|when|if ..3 approved|authorized|signed|authorizes|approves",
        S,
    ),
    find(
        Move::Deferral,
        "run it|this past|by ..2 manager|supervisor|boss|team|office",
        S,
    ),
    find(
        Move::Deferral,
        "check|ask|speak|clear|confirm ..2 with ..2 manager|supervisor|boss|team|office|owner ..2 first",
        S,
    ),
    find(
        Move::Deferral,
        "@third|they|someone ..2 will|'ll|should ..1 review|investigate|assess|consider|reply|respond",
        S,
    ),
    find(Move::Deferral, "try again|back later|tomorrow", 0),
    // Escalating right now is not a wait: "I'm escalating this to the on-call engineer now."
    cancel(
        Move::Deferral,
        "escalat* ..4 now|immediately|straight|urgently|right",
        OVERLAP,
    ),
    // Queues and long lead times: "The next available appointment is in three weeks." "It can
    // take up to 48 hours." "You're in the queue."
    find(
        Move::Deferral,
        "next available ..3 is|in|appointment|slot",
        S,
    ),
    find(Move::Deferral, "up to # ..1 hours|days|weeks|months", S),
    find(Move::Deferral, "you are in ..2 queue", S),
    // "Keep an eye on the status page." "Could be later today, could be tomorrow." "Check in
    // with us next week." "We'll adjust it next time." "…without the practice manager."
    find(Move::Deferral, "keep an eye on", START),
    find(
        Move::Deferral,
        "could|might be ..1 later|tomorrow|days|weeks|next",
        S,
    ),
    find(Move::Deferral, "check in with us|me", START),
    find(Move::Deferral, "next time $", S),
    find(
        Move::Deferral,
        "without the|my|a|their|our ..2 manager|supervisor|approval|sign|authorization",
        S,
    ),
    // "Call us back if it's still not working."
    find(Move::Deferral, "call|ring|phone|contact us|me back", 0),
    // Come back later: "Try ringing back next week." "Check back in an hour."
    find(
        Move::Deferral,
        "try|keep ringing|calling|phoning back|again",
        S,
    ),
    find(
        Move::Deferral,
        "check|call|ring|pop|come|phone back in an|a|# hour|hours|day|days|week|weeks|minutes",
        S,
    ),
    // Done, and the bank's clearing time is not a wait we impose: "I've refunded it just now,
    // it'll be back in 3-5 working days."
    cancel(
        Move::Deferral,
        "@have just|already? refunded|processed|credited|reversed|cancelled|paid|sent",
        0,
    ),
    // Vague waits: "We'll get them to you eventually." "Should be with you sometime this week."
    find(Move::Deferral, "eventually", S | NEG),
    find(Move::Deferral, "sometime this|next|later", S),
    find(Move::Deferral, "some time this|next week|month", S),
    find(Move::Deferral, "at least another", S),
    find(Move::Deferral, "week|weeks|month|months or so", S),
    find(
        Move::Deferral,
        "next time she|he|they|someone ..2 visits|comes|is|'s|are",
        S,
    ),
    find(
        Move::Deferral,
        "when|once availability|slots|space|capacity ..2 opens|open|frees|allows",
        S,
    ),
    find(Move::Deferral, "we will|'ll see !_", S),
    find(Move::Deferral, "we will|'ll see what we|i can do", S),
    // "Pop in next week and we'll see if it's arrived."
    find(Move::Deferral, "we will|'ll see if|whether", S),
    find(Move::Deferral, "bear with us !_", S),
    find(Move::Deferral, "have to ..4 till|until then", S),
    find(
        Move::Deferral,
        "whenever it|they|he|she @be done|ready|finished",
        S,
    ),
    // Pass 4. "Could you call back in an hour?" "I have to run any refund past the practice
    // manager first." "It'll be a few days at least." "We'll let you know when the landlord's
    // come back to us." "If it's still stiff in a month give us a call." "If not, report it
    // online and we'll look into it."
    find(
        Move::Deferral,
        "could|can|would you ..2 call|ring|phone|check|try|pop|come back",
        0,
    ),
    find(Move::Deferral, "call|ring|phone back in|later", 0),
    find(
        Move::Deferral,
        "run|put ..3 past|by ..3 manager|head|supervisor|boss|office|owner",
        S,
    ),
    find(Move::Deferral, "be a few|several|couple days|weeks", S),
    find(Move::Deferral, "off|away|out until|till next", S),
    find(
        Move::Deferral,
        "let you know when|once|if ..4 come|comes|gets|get|got|replies|reply|responds|respond|hear|hears",
        S,
    ),
    cancel(
        Move::FollowUp,
        "let you know when|once|if ..4 come|comes|gets|get|got|replies|reply|responds|respond|hear|hears",
        0,
    ),
    find(
        Move::Deferral,
        "if ..8 give|drop us|me a call|ring|shout|bell|message",
        0,
    ),
    // "These things get sorted eventually" shrugs; it is dismissal, not a wait.
    cancel(
        Move::Deferral,
        "get|gets sorted|resolved eventually",
        OVERLAP,
    ),
    find(Move::Deferral, "report it ..2 and we will|'ll look", 0),
    // Not a wait: rules set elsewhere ("prices are set by head office"); coming back to finish.
    cancel(
        Move::Deferral,
        "set|decided|fixed by head|the|our office|management|hq",
        0,
    ),
    cancel(Move::Deferral, "come back ..4 for the rest", OVERLAP),
    // "Late fees can't come off once they're on": when a charge applies, not a wait.
    cancel(
        Move::Deferral,
        "once|when they|it @be on|applied|added|charged|in|there",
        OVERLAP,
    ),
    cancel(Move::Deferral, "come back ..4 to finish|complete", OVERLAP),
    // Pass 5. Waits in other words: "It'll be ready when it's ready." "They'll fix it when they
    // get round to it." "They aim to respond within 28 days." "Our insurers will be in touch in
    // 6-8 weeks." "We'll announce when we know." "I'll check and get back to you." "Someone
    // should ring you back." "They normally take about a week." "She's back next week." "It's
    // with them now." "We've reported it to facilities." "Check your statement in a few days."
    // "If you still hate it, get back to us." "It'll be another couple of days."
    find(
        Move::Deferral,
        "when ..3 get|gets|got round|around|to it",
        0,
    ),
    find(Move::Deferral, "ready|done when it @be ready|done", 0),
    find(
        Move::Deferral,
        "respond*|repl*|answer*|decide*|come back within|in # ..3 days|weeks|months|working",
        S,
    ),
    find(
        Move::Deferral,
        "in touch in|within # ..1 days|weeks|months|working",
        S,
    ),
    find(
        Move::Deferral,
        "announce|tell you|let you know when we|i know|hear|find",
        S,
    ),
    find(Move::Deferral, "get back to you $", S),
    find(
        Move::Deferral,
        "someone|somebody should|will|'ll ring|call|phone|contact you",
        S,
    ),
    cancel(
        Move::FollowUp,
        "someone|somebody should|will|'ll ring|call|phone|contact you",
        0,
    ),
    find(
        Move::Deferral,
        "normally|usually|typically take|takes ..3 week|weeks|days|months|fortnight",
        S,
    ),
    find(
        Move::Deferral,
        "he|she|they @be ..1 back|off|away|in next|till|until|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow",
        S,
    ),
    find(Move::Deferral, "it @be with them|facilities|the _ now", S),
    find(Move::Deferral, "@have reported|logged|passed it to|with", S),
    find(
        Move::Deferral,
        "check|try|see ..4 in a few|couple days|weeks",
        0,
    ),
    find(Move::Deferral, "get back to us", 0),
    find(Move::Deferral, "be another ..2 days|weeks|hours|months", S),
    find(Move::Deferral, "will have to be next|another|later", S),
    find(
        Move::Deferral,
        "need|needs my|the manager|supervisor|owner|boss to",
        S,
    ),
    // A promised call timed by an event is a follow-up, not a wait: "I'll ring you at 1:30
    // when he's on his way." "I'll text you once they're pressed."
    cancel(Move::Deferral, "@contact you at|by ..3 when|once", OVERLAP),
    // Offering the earliest slots to pick from: "The earliest is Thursday or Friday."
    cancel(Move::Deferral, "earliest|soonest ..12 or", OVERLAP),
    cancel(
        Move::Deferral,
        "@contact you when|once they|it @be pressed|ready|done|finished|back|fixed|sorted",
        OVERLAP,
    ),
    // Pass 6. Waits in other words: "You'll just have to wait till she's back." "Nothing to do
    // but wait." "Maybe ring first." "Should be along soon." "She'll be another 15 or so." "They
    // said they'll get to it in the next couple of weeks." "We'll be in touch as soon as we have
    // a date." "It'll be considered at the next review." "Which can be six to eight weeks." "The
    // money'll come through when it comes through." "If you leave your number she'll call you
    // back." "We're awaiting guidance." "We'll update you once we know more." "We'll inform you
    // when a date has been set."
    find(Move::Deferral, "have to wait", S | NEG),
    find(Move::Deferral, "but wait", S | NEG),
    find(Move::Deferral, "wait till|until|til|for him|her|them|it", S),
    find(Move::Deferral, "maybe|best ring|call|phone first|ahead", 0),
    find(
        Move::Deferral,
        "should be ..2 soon|soonish|shortly|along",
        S,
    ),
    find(Move::Deferral, "be another # or|mins|minutes|ish", S),
    find(Move::Deferral, "get|gets to it", S),
    find(Move::Deferral, "in touch as soon as|when|once", S),
    cancel(Move::FollowUp, "in touch as soon as|when|once", 0),
    find(
        Move::Deferral,
        "considered|reviewed|discussed|looked at the next",
        S,
    ),
    find(
        Move::Deferral,
        "can|could|may take|be # ..3 weeks|months",
        S,
    ),
    find(
        Move::Deferral,
        "come|arrive|turn through|up when it comes|arrives|turns",
        S,
    ),
    find(Move::Deferral, "if you leave your number|details|name", 0),
    find(Move::Deferral, "awaiting", S | NEG),
    find(Move::Deferral, "once|when we know|hear more|anything", S),
    find(Move::Deferral, "inform|notify you when|once", S),
    // Not a wait: a refund already on its way ("…will reach your account within 3-5 working
    // days"); a rule about when ("once they've been slept on"); a timed visit ("someone will be
    // round by 3"); coming back to finish; "how they come back".
    cancel(
        Move::Deferral,
        "reach|hit|show|appear ..4 working days",
        OVERLAP,
    ),
    cancel(Move::Deferral, "once they|it @have been", OVERLAP),
    cancel(
        Move::Deferral,
        "someone|somebody will ..4 by|at|within #",
        OVERLAP,
    ),
    cancel(Move::Deferral, "so you can come back", OVERLAP),
    cancel(Move::Deferral, "how they|it come|comes back", OVERLAP),
    cancel(Move::Deferral, "and come|pop back ..3 to|for", OVERLAP),
    cancel(Move::Deferral, "have|send _ pop|come back", OVERLAP),
    // Pass 8. "Maybe next week." "They answer inside 28 days." "They'll call you back, maybe
    // tomorrow." "You must wait." "Try back in half an hour." "Try them then." "Takes about 30
    // days." "We'll raise a claim with them." Not a refund coming back, not our photographer
    // coming back.
    find(
        Move::Deferral,
        "maybe|perhaps|possibly ..2 next|tomorrow|some|two|few|more ..1 week|weeks|days|friday|monday",
        S,
    ),
    find(
        Move::Deferral,
        "answer|respond|reply|get inside|within # days|weeks",
        S,
    ),
    find(Move::Deferral, "call|ring you back maybe|later|sometime", S),
    find(Move::Deferral, "you must|can wait", S | NEG),
    find(Move::Deferral, "you will have to wait", S | NEG),
    find(Move::Deferral, "try|check|pop back in", 0),
    find(Move::Deferral, "try them|back then|tomorrow", 0),
    find(Move::Deferral, "takes|take about|around # days|weeks", S),
    find(Move::Deferral, "raise|log|open a claim", S),
    cancel(Move::Deferral, "comes|come back to you in|within", OVERLAP),
    cancel(Move::Deferral, "our _ can|will come back", OVERLAP),
    // A manager brought in now is no move (recovery-moves.md): these cancels also tell the
    // backoff the rules have read it, so it adds no wait ("I'll get the manager over now").
    cancel(
        Move::Deferral,
        "get|getting|bring|bringing|fetch|fetching|call|calling|grab|grabbing ..3 manager|supervisor|lead|boss|owner ..2 over|now|down|here|across",
        OVERLAP,
    ),
    cancel(
        Move::Deferral,
        "manager|supervisor|lead|boss|owner @be|is|'s coming|on ..3 now|over|down",
        OVERLAP,
    ),
    // ───────────────────────────── dismissal ─────────────────────────────
    // Policing the emotion: "Calm down." "There's no need to raise your voice."
    find(Move::Dismissal, "calm down", 0),
    // Telling the customer to put up with it: "You'll get used to it." "It's always like this."
    // "You can't expect studio quality." "She didn't mean it like that."
    find(Move::Dismissal, "you will get used to it", 0),
    // Making light of it: "Let's not make a big thing of it." "At least nobody was hurt."
    find(Move::Dismissal, "make a big thing|deal|fuss|drama", S),
    find(
        Move::Dismissal,
        "at least nobody|noone|nothing|it|you|they|he|she|the|your",
        S | START,
    ),
    find(Move::Dismissal, "it @be always like this|that", S),
    find(Move::Dismissal, "you can|could not ..1 expect", S),
    find(Move::Dismissal, "did not mean it ..1 like|that", S),
    find(
        Move::Dismissal,
        "no need to raise|shout|take|get|be|swear|yell|lose",
        0,
    ),
    // Minimising: "It's only a day late." "It's just a side salad missing." "5am's not so bad."
    find(
        Move::Dismissal,
        "it|that|this|they @be only|just a|an|one|#|lukewarm|minor|small",
        S,
    ),
    find(
        Move::Dismissal,
        "only a|an|one|# ..2 late|day|hour|hours|minutes|bit|few",
        S,
    ),
    find(
        Move::Dismissal,
        "not so|that|as|too bad|serious|big|important|urgent",
        S,
    ),
    find(Move::Dismissal, "bad going", S),
    find(Move::Dismissal, "nothing to worry", 0),
    find(Move::Dismissal, "no harm done", 0),
    find(
        Move::Dismissal,
        "pretty|perfectly|completely|totally normal|fine|safe|standard",
        S,
    ),
    find(Move::Dismissal, "all the time", S),
    find(Move::Dismissal, "always do|does", S),
    find(Move::Dismissal, "these things happen", S),
    find(Move::Dismissal, "it happens", S),
    find(Move::Dismissal, "roll with it", 0),
    find(Move::Dismissal, "the fuss", 0),
    find(Move::Dismissal, "i am sure it|its|they", S),
    find(Move::Dismissal, "hopefully it|they", S),
    // "Hopefully the replacement arrives next week." — not "hopefully that helps".
    find(Move::Dismissal, "hopefully !that|this", S | START),
    find(Move::Dismissal, "probably go|sort|turn|be|nothing", S),
    find(Move::Dismissal, "sort|sorts themselves|itself out", S),
    find(Move::Dismissal, "will get there", S),
    find(Move::Dismissal, "i would|'d not worry", 0),
    find(Move::Dismissal, "nothing personal", 0),
    find(Move::Dismissal, "are|is like that", S),
    find(Move::Dismissal, "to be fair most", S),
    find(Move::Dismissal, "not like it", S),
    find(Move::Dismissal, "soon enough", S),
    find(Move::Dismissal, "overreact*", 0),
    find(Move::Dismissal, "relax|settle $", 0),
    find(Move::Dismissal, "no|not a big deal", 0),
    find(Move::Dismissal, "end of the world", 0),
    find(Move::Dismissal, "could be|have worse", 0),
    find(Move::Dismissal, "it is what it is", 0),
    find(Move::Dismissal, "happens to everyone|everybody|the", 0),
    find(Move::Dismissal, "at least it|you|they", S),
    find(
        Move::Dismissal,
        "it|that|this @be just|only a|an bit|little|small|minor",
        S,
    ),
    // Minimising: "It's only dust." "It's only a scratch." — not "it's only fair".
    find(
        Move::Dismissal,
        "it|that|this|they @be only|merely !fair|right|polite|natural|reasonable|going|available|allowed|open|possible|for|when|because|that|if|until|me|us|after|by|on|in|at|from|since|to|the",
        S,
    ),
    // "It'll hoover up." "It'll wash out." "It'll be fine." "They'll settle down."
    find(
        Move::Dismissal,
        "it|they|that will|'ll|should ..1 hoover|vacuum|wipe|wash|brush|dry|fade|settle|blow|pass|dust|buff|wear|grow|heal up|off|out|over|away|down|itself|themselves",
        S,
    ),
    find(
        Move::Dismissal,
        "it|they|that|you will|'ll|should ..1 be fine|ok|okay|grand",
        S,
    ),
    // "Don't worry." "No need to panic." — not "don't worry, I'll have it fixed by two".
    find(
        Move::Dismissal,
        "do not worry|panic|stress|fret|fuss",
        START,
    ),
    cancel(
        Move::Dismissal,
        "do not worry|panic|stress|fret ..6 i|we will|am|are|can|have",
        OVERLAP,
    ),
    find(
        Move::Dismissal,
        "no need to worry|panic|stress|fret|fuss|worrying|be upset|get upset|be alarmed",
        0,
    ),
    find(
        Move::Dismissal,
        "it|that|this|they @be !not ..1 normal|common|expected|typical|usual|standard",
        S,
    ),
    find(
        Move::Dismissal,
        "happens|happen sometimes|occasionally|regularly|a",
        S,
    ),
    find(
        Move::Dismissal,
        "hardly|barely noticeable|visible|anything|matters|a",
        S,
    ),
    find(Move::Dismissal, "only|just|purely cosmetic", S),
    find(
        Move::Dismissal,
        "just|only|minor|small|tiny|little|quick blip|hiccup|glitch|dent|drip|spill|niggle|bug|issue|delay|outage|wait|inconvenience|error",
        S | NEG,
    ),
    find(Move::Dismissal, "take a deep? breath", 0),
    find(Move::Dismissal, "keep your voice down", 0),
    find(Move::Dismissal, "chill out", 0),
    find(Move::Dismissal, "stop shouting", 0),
    find(Move::Dismissal, "being dramatic|silly|unreasonable", 0),
    find(Move::Dismissal, "exaggerat*", S | NEG),
    find(Move::Dismissal, "making a fuss|scene|big", 0),
    find(
        Move::Dismissal,
        "most people|customers|folk ..3 do not|never|barely|hardly",
        S,
    ),
    find(Move::Dismissal, "no one|nobody else", S),
    find(Move::Dismissal, "bright side", 0),
    find(Move::Dismissal, "it @be fine $", S | START),
    find(Move::Dismissal, "it|that @be nothing $", S),
    // "Try not to worry." "Not to worry." "We're all in the same boat."
    find(Move::Dismissal, "try not to worry|stress|panic", 0),
    find(Move::Dismissal, "not to worry", START),
    find(Move::Dismissal, "same boat", 0),
    find(Move::Dismissal, "everyone|everybody|whole ..3 affected", S),
    cancel(
        Move::Dismissal,
        "try|not to worry|panic|stress ..6 i|we will|am|are|can|have",
        OVERLAP,
    ),
    // "…but you've probably got most of it anyway." "One day out of the year." "Bills do
    // fluctuate." "I'd just pay it." "A lot of hassle over one bill."
    find(Move::Dismissal, "probably got|have|fine|ok|okay|noticed", S),
    find(Move::Dismissal, "anyway !_", S),
    find(Move::Dismissal, "out of the|a year|month|week", S),
    find(Move::Dismissal, "do|does fluctuate|vary", S),
    find(Move::Dismissal, "i 'd|would just pay|leave|ignore", S),
    find(
        Move::Dismissal,
        "lot of hassle|fuss|trouble|bother over|for",
        S,
    ),
    cancel(
        Move::Dismissal,
        "do not worry about paying|the|a|any|payment",
        OVERLAP,
    ),
    find(Move::Dismissal, "chill", START),
    // Pass 3 (general forms from blind-1 misreads).
    // Minimising: "It doesn't smell that bad." "Nobody will notice." "You'll stop noticing it."
    find(Move::Dismissal, "not _? that|so bad|big", S),
    find(
        Move::Dismissal,
        "nobody|no-one will|would notice|see|know",
        0,
    ),
    find(Move::Dismissal, "no one will|would notice|see|know", 0),
    find(Move::Dismissal, "stop noticing", 0),
    // Comparing them with others: "Everyone else managed to find it." "Nobody else has complained."
    find(
        Move::Dismissal,
        "everyone|everybody|nobody else ..2 managed|found|coped|complained|had|seems|seemed|was",
        S,
    ),
    // "They all do that after a year."
    find(Move::Dismissal, "they|these|those all do|get that|this", S),
    find(Move::Dismissal, "would|will not even|really? notice", S),
    find(Move::Dismissal, "which|that @be the main thing", S),
    find(Move::Dismissal, "these|such things take time", S),
    cancel(Move::Dismissal, "do|doing it anyway", OVERLAP),
    // "…sometime this week hopefully." — hope at the end, not a plan.
    find(Move::Dismissal, "hopefully !_", S),
    // "…every Friday until it's settled" is a promise, not "settle down".
    cancel(Move::Dismissal, "until|till ..2 settle|settled", OVERLAP),
    // Policing the feeling: "You're being a bit sensitive." "Sorry you feel that way."
    find(
        Move::Dismissal,
        "being a|too|very|so|quite|rather? bit? sensitive|dramatic|precious|fussy|picky|unreasonable",
        0,
    ),
    find(Move::Dismissal, "sorry you feel that way|so", 0),
    find(
        Move::Dismissal,
        "do not be so|too|that? dramatic|silly|sensitive|precious|ridiculous|daft|childish|unreasonable",
        0,
    ),
    // "It's a two-minute wait, you'll survive."
    find(Move::Dismissal, "you will|'ll survive|live", S),
    cancel(Move::Apology, "sorry you feel that way|so", OVERLAP),
    // Pass 4. Others cope: "Most groups manage them fine." "Most groups don't notice." "These
    // things get sorted eventually." "She's new, she'll learn." Not "Appreciate you being so
    // chill about it."
    find(
        Move::Dismissal,
        "most|other|plenty people|groups|customers|folk|families|clients ..2 manage|cope|find|never|are",
        S,
    ),
    find(
        Move::Dismissal,
        "most|other|plenty people|groups|customers|folk|families|clients do|did not",
        S,
    ),
    find(Move::Dismissal, "get|gets sorted|resolved eventually", S),
    find(Move::Dismissal, "she|he|they will learn", S),
    find(Move::Dismissal, "so that|it|this can happen", S),
    find(
        Move::Dismissal,
        "it will|'ll loosen|settle|wear|bed in|up|down",
        S,
    ),
    cancel(
        Move::Dismissal,
        "appreciate|thanks|thank you|for ..2 being so? calm|chill|patient|understanding|relaxed|cool",
        0,
    ),
    // Pass 5. Shrugging in other words: "You get used to it." "Keep your hair on." "Please don't
    // shout at me." "No need to stress." "Anyway, you got there in the end." "It'll be here
    // somewhere." "It usually corrects itself." "Everyone says that at first." "Mistakes do
    // happen." "You're just not used to hearing it." "That's how slim fit is meant to feel."
    // "It should settle in a day or two." Not a price named ("that's our standard price").
    find(Move::Dismissal, "get|getting used to it", S),
    find(Move::Dismissal, "keep your hair|shirt|wig on", 0),
    find(Move::Dismissal, "do not shout", 0),
    find(Move::Dismissal, "no need to stress|panic|shout", 0),
    find(Move::Dismissal, "got|get there in the end", S),
    find(Move::Dismissal, "be here|there somewhere", S),
    find(Move::Dismissal, "corrects|sorts|fixes|rights itself", S),
    find(Move::Dismissal, "everyone|everybody says|said that", S),
    find(
        Move::Dismissal,
        "mistakes|accidents|things do|can happen",
        S,
    ),
    find(Move::Dismissal, "you @be just not used", S),
    find(Move::Dismissal, "that @be how ..4 meant|supposed to", S),
    find(Move::Dismissal, "should|will settle|calm|die down", S),
    find(Move::Dismissal, "should settle", S),
    cancel(
        Move::Dismissal,
        "our standard|normal|usual price|rate|fee|charge|prices|rates",
        OVERLAP,
    ),
    // Pass 6. More shrugs: "It's still a nice bouquet though." "The app does that sometimes."
    // "She was only on it for a sec." "I don't think she meant anything by it." "That's nature
    // for you." "That's how carrots come!" "There's always going to be a bit of dust." "It's not
    // unusual." "Our hours are usually very reliable." "No need to have a go at me." "Lower your
    // voice." "If you're going to speak to me like that…" "Most of our guests love it." "Haha."
    // "Nobody's going to notice." "We trust a small shortfall will not cause inconvenience." "We
    // regret that you found it unsatisfactory." "You could try being more understanding."
    find(Move::Dismissal, "still a? nice|lovely|good|great|fine", S),
    find(
        Move::Dismissal,
        "do|does that|it sometimes|occasionally|now",
        S,
    ),
    find(
        Move::Dismissal,
        "do|does ..2 late sometimes|occasionally",
        S,
    ),
    find(
        Move::Dismissal,
        "only ..3 for a sec|second|minute|moment",
        S,
    ),
    find(Move::Dismissal, "meant anything|nothing|no harm by it", S),
    find(Move::Dismissal, "that @be nature|life for you", 0),
    find(Move::Dismissal, "that @be how ..3 come|are|grow|look", S),
    find(Move::Dismissal, "always going to be", S),
    find(Move::Dismissal, "not unusual|uncommon|abnormal", S),
    find(
        Move::Dismissal,
        "usually|normally|generally very? reliable",
        S,
    ),
    find(
        Move::Dismissal,
        "no need to have|get|be|take a|shirty|arsey|rude|that|go",
        0,
    ),
    find(Move::Dismissal, "lower|keep down your voice", 0),
    find(Move::Dismissal, "speak|talk to me like that", 0),
    find(Move::Dismissal, "take that tone", 0),
    find(
        Move::Dismissal,
        "most of the|our ..1 guests|customers|audience|people|clients|patients|members ..2 love|like|seem|seemed|are|were|happy|fine|enjoy",
        S,
    ),
    find(Move::Dismissal, "haha|hahaha|lol|lmao", 0),
    find(Move::Dismissal, "nobody|noone ..3 notice", S),
    find(Move::Dismissal, "no one ..3 notice", S),
    find(Move::Dismissal, "we trust", S),
    find(Move::Dismissal, "regret that you found|felt", 0),
    find(Move::Dismissal, "regret that ..3 caused|has concern", 0),
    cancel(Move::Apology, "regret that you found|felt", 0),
    find(
        Move::Dismissal,
        "try being ..2 more|less understanding|patient|reasonable",
        0,
    ),
    // Pass 7. More shrugs: "Yelling isn't going to get your car back any faster." "There's no
    // need for that attitude." "I'm sure he didn't mean anything by it." "Those usually drop off
    // on their own." "Every machine jams now and then." "One or two missing won't even show."
    // "It's honestly not hard." "That's a shame, but there you go." "'Always' is a bit strong."
    // "That's cheaper than anywhere else." "It's a Sunday, what did you expect?" "That's just how
    // shows work." "Tell her not to get so worked up." "Reservations are more of a guideline."
    find(
        Move::Dismissal,
        "yelling|shouting|swearing|screaming @be not going to",
        0,
    ),
    find(
        Move::Dismissal,
        "yelling|shouting|swearing|screaming will not",
        0,
    ),
    find(
        Move::Dismissal,
        "no need for that|the attitude|language|tone",
        0,
    ),
    find(Move::Dismissal, "sure he|she|they did not mean", 0),
    find(Move::Dismissal, "on their|its own", S),
    find(Move::Dismissal, "every|all ..4 now and then|again", S),
    find(Move::Dismissal, "will not even? show|notice", S),
    find(
        Move::Dismissal,
        "@be honestly? not hard|difficult|complicated|rocket",
        S,
    ),
    find(Move::Dismissal, "there you go|are $", S),
    find(Move::Dismissal, "a bit strong", S),
    find(Move::Dismissal, "cheaper than anywhere|most|elsewhere", S),
    find(Move::Dismissal, "what did you expect", 0),
    find(Move::Dismissal, "so|too worked|wound up", 0),
    find(Move::Dismissal, "more of a guideline", 0),
    // Pass 8. "It's hardly going to break the bank." "Relax." "That's half the fun!" "It's really
    // not so cold." "Toilets are always like this." "People always complain." "Glazes always vary."
    find(Move::Dismissal, "break the bank", 0),
    find(Move::Dismissal, "relax", START),
    find(Move::Dismissal, "half the fun", 0),
    find(
        Move::Dismissal,
        "@be really? not so|that bad|cold|hot|big|long|loud",
        S,
    ),
    find(Move::Dismissal, "always like this|that", S),
    find(Move::Dismissal, "always complain|moan|vary|differ", S),
    // Pass 11. "Getting wound up won't make it any quicker." "Taste is subjective." "Three weeks
    // is nothing really." "Compost loos always smell a bit." "I wouldn't panic." "I hadn't noticed
    // it being that bad." "It depends how you look at it." "Cards fail sometimes." "It should turn
    // up eventually."
    find(Move::Dismissal, "not make ..4 any quicker|faster|better", 0),
    find(Move::Dismissal, "getting wound|worked up", 0),
    find(Move::Dismissal, "subjective", S),
    find(
        Move::Dismissal,
        "# ..1 weeks|days|hours|minutes|mins @be nothing",
        S,
    ),
    find(Move::Dismissal, "always ..2 a bit", S),
    find(Move::Dismissal, "i would not panic|worry|stress|fret", 0),
    find(Move::Dismissal, "not noticed it ..1 that|so", S),
    find(Move::Dismissal, "how you look at it", S),
    find(Move::Dismissal, "fail|break|happen sometimes", S),
    find(Move::Dismissal, "turn up eventually|soon", S),
];
