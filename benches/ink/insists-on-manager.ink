// Generated from scenarios/insists-on-manager.ron by tests/it/trainer.rs (UPDATE_INK=1 rewrites it). Do not edit.
VAR mood = 66
VAR patience = 3
VAR hours = 0.30
VAR outcome = "none"
VAR made_ownership = false
VAR made_listening = false
VAR made_empathy = false
VAR made_apology = false
VAR made_solution = false
VAR made_options = false
VAR made_follow_up = false
VAR made_delight = false
VAR made_gratitude = false
VAR made_refusal = false
VAR made_blame = false
VAR made_excuse = false
VAR made_abdication = false
VAR made_deferral = false
VAR made_dismissal = false
-> n_open

=== function clamp(x) ===
{
- x < 0:
    ~ return 0
- x > 100:
    ~ return 100
- else:
    ~ return x
}

=== walked_out ===
That's it. I'm taking my business somewhere else.
~ outcome = "walked_out"
-> END

=== n_open ===
{ patience <= 0: -> walked_out }
{~I've driven forty minutes because your text said my parcel was ready. Now your colleague tells me it can't be found. I'd like to speak to the manager, please. Now.|Your message said \"ready to collect\". It is evidently not ready, because nobody can find it. Fetch me the manager.}
+ [I'm very sorry, Mr Whitfield — you've driven forty minutes on our word, and I'd be annoyed too. I run this desk and this is mine to put right, so I'm taking it on personally now — and should you still want the manager afterwards, I'll fetch her. May I ask what the order is for?]
    ~ mood = clamp(mood + -27)
    ~ hours = hours + 0.05
    ~ made_apology = true
    ~ made_empathy = true
    ~ made_ownership = true
    ~ made_listening = true
    -> n_purpose
+ [I'm sorry — of course, I'll go and get the manager for you.]
    ~ mood = clamp(mood + -5)
    ~ hours = hours + 0.05
    ~ made_apology = true
    -> n_end_manager
+ [The manager's very busy on a Saturday, sir. She'll only tell you the same as me.]
    ~ mood = clamp(mood + 54)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_refusal = true
    ~ made_dismissal = true
    -> n_insists
+ [It's probably been put in the wrong bay by the warehouse team — they've been short\-staffed this week.]
    ~ mood = clamp(mood + 24)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_blame = true
    ~ made_excuse = true
    -> n_insists

=== n_purpose ===
{ patience <= 0: -> walked_out }
{~It's a birthday present for my granddaughter. She's eight tomorrow. The LEGO flower shop — it's the one thing she asked for.|It's for Poppy's eighth birthday. The party's tomorrow. She has talked about nothing but this flower shop set for a month.}
+ [Then it's going home with you today. We've two on the shop floor: I can fetch one now and gift\-wrap it while you wait — five minutes — or, if you'd rather not wait about, our van can bring it wrapped to your door by six tonight. Which would you prefer?]
    ~ mood = clamp(mood + -22)
    ~ hours = hours + 0.05
    ~ made_solution = true
    ~ made_options = true
    -> n_found
+ [So it's for her eighth birthday tomorrow, and it's the one thing she asked for. I'll fetch one from the shop floor right now and wrap it for you.]
    ~ mood = clamp(mood + -16)
    ~ hours = hours + 0.05
    ~ made_listening = true
    ~ made_solution = true
    -> n_found
+ [I'll raise a trace with the warehouse; they usually find missing parcels within three to five days.]
    ~ mood = clamp(mood + 9)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_deferral = true
    -> n_insists

=== n_found ===
{ patience <= 0: -> walked_out }
{~Well. It's in my hand, and wrapped. Thank you. But I still think your manager ought to know — I've wasted my morning.|That's... better. Thank you. Nonetheless, someone senior should hear about this. My whole morning has gone.}
+ [You're right, she should, and she will — I'll tell her myself today so it doesn't happen to anyone else, and I'll ring you on Monday to tell you what we've changed. Thank you for raising it. I've refunded your original order, and for the wasted morning here's a £20 voucher for your next visit.]
    ~ mood = clamp(mood + -32)
    ~ hours = hours + 0.05
    ~ made_gratitude = true
    ~ made_ownership = true
    ~ made_solution = true
    ~ made_follow_up = true
    -> n_close
+ [I'm sorry — of course, I'll fetch her now.]
    ~ mood = clamp(mood + -5)
    ~ hours = hours + 0.05
    ~ made_apology = true
    -> n_end_manager
+ [Well, these things happen with click and collect, sir.]
    ~ mood = clamp(mood + 36)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_dismissal = true
    ~ made_excuse = true
    -> n_insists_late

=== n_close ===
{ patience <= 0: -> walked_out }
{~Hm. Well. That's more like it.|Very well. That is how it should have been in the first place.}
+ [Thank you for your patience, Mr Whitfield. I've popped a birthday card from all of us in with the present, and a little LEGO flower keyring for Poppy — I hope she has a wonderful day.]
    ~ mood = clamp(mood + -6)
    ~ hours = hours + 0.05
    ~ made_gratitude = true
    ~ made_delight = true
    { made_ownership and not made_refusal and not made_dismissal and not made_blame and not made_deferral: -> n_end_delighted }
    -> n_end_recovered
+ [Thank you for your patience. Have a lovely party tomorrow.]
    ~ mood = clamp(mood + -4)
    ~ hours = hours + 0.05
    ~ made_gratitude = true
    -> n_end_recovered
+ [Just so you know, it was the warehouse's mistake, not the desk's.]
    ~ mood = clamp(mood + 18)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_blame = true
    { mood >= 50: -> n_end_escalated }
    -> n_end_recovered

=== n_insists ===
{ patience <= 0: -> walked_out }
{~I didn't ask for your opinion. I asked for the manager.|That is precisely why I want the manager.}
+ [I understand, and I'm sorry — that wasn't the answer you deserved. I'll fetch her if you still want me to, but I can put this right myself in five minutes, and I'll take it on personally. What's the present for?]
    ~ mood = clamp(mood + -27)
    ~ hours = hours + 0.05
    ~ made_empathy = true
    ~ made_apology = true
    ~ made_ownership = true
    ~ made_listening = true
    -> n_purpose
+ [Fine — I'm sorry, I'll go and get her.]
    ~ mood = clamp(mood + -5)
    ~ hours = hours + 0.05
    ~ made_apology = true
    -> n_end_manager
+ [She's not available. You can email customer services if you want to complain.]
    ~ mood = clamp(mood + 33)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_refusal = true
    ~ made_deferral = true
    -> n_end_escalated

=== n_insists_late ===
{ patience <= 0: -> walked_out }
{~\"These things happen\"? I should like the manager now, please.|I beg your pardon? The manager. Now.}
+ [You're right, that was a poor thing to say — I'm sorry. It's our mistake and I'll report it to her myself today. Here's my name and the reference, and a £20 voucher for your wasted morning.]
    ~ mood = clamp(mood + -29)
    ~ hours = hours + 0.05
    ~ made_apology = true
    ~ made_ownership = true
    ~ made_solution = true
    -> n_close
+ [I'm sorry — of course, I'll fetch her.]
    ~ mood = clamp(mood + -5)
    ~ hours = hours + 0.05
    ~ made_apology = true
    -> n_end_manager
+ [She'll say exactly what I've said, sir.]
    ~ mood = clamp(mood + 54)
    ~ patience = patience - 1
    ~ hours = hours + 0.05
    ~ made_refusal = true
    ~ made_dismissal = true
    -> n_end_lost

=== n_end_manager ===
Your manager found one on the shelf and wrapped it in five minutes. Why on earth couldn't you have done that?
~ outcome = "escalated"
-> END

=== n_end_delighted ===
A keyring for Poppy? How very kind. You've turned my morning around, young man — or young lady. Thank you.
~ outcome = "recovered_delighted"
-> END

=== n_end_recovered ===
Thank you. Good day to you.
~ outcome = "recovered"
-> END

=== n_end_escalated ===
I shall be writing to your head office this afternoon.
~ outcome = "escalated"
-> END

=== n_end_lost ===
I'll buy it elsewhere. And I shan't be shopping here again.
~ outcome = "lost"
-> END

