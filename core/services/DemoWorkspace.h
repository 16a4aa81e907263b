#pragma once

namespace gonggu {

class Workspace;

/** Fills an empty workspace with a demo modelled on a real round (one book, 22 buyers, 27 copies,
 *  20 paid, 2 unpaid, one courier delivery, the rest picked up at a meetup) as round 1, and, when
 *  asked, a large deterministic round for trying Gonggu at scale. */
class DemoWorkspace
{
public:
    static constexpr int realRoundBuyers = 22;

    /** Writes the demo in one transaction, with fixed dates so that every demo is the same; `scaleBuyers` > 0 adds
     * round 2 with that many buyers. */
    static void populate(Workspace &workspace, int scaleBuyers = 0);

private:
    static void addRealRound(Workspace &workspace);
    static void addScaleRound(Workspace &workspace, int buyers);
};

} // namespace gonggu
