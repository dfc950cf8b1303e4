package tandem.audit;

/** The result of verifying the hash chain: how many entries, and the first broken one, if any. */
public record ChainCheck(long entries, Long firstBrokenSeq, String problem) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
