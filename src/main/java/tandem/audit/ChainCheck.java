package tandem.audit;

/**
 * The result of verifying the hash chain: how many sealed entries were checked, the first broken
 * one if any, and how many recent entries are still waiting to be sealed into the chain.
 */
public record ChainCheck(long entries, Long firstBrokenPosition, String problem, long pending) {

    public boolean intact() {
        return firstBrokenPosition == null;
    }
}
