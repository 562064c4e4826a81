package org.contactcenter.rules.router;

/**
 * Agents who serve a queue on a channel (their routing profile lists it, or it is their agent queue), as Amazon
 * Connect's Check staffing counts them: online (any status but Offline), staffed (online and not blocked by an
 * error or a missed or rejected offer) and available (Available with a free slot for the channel).
 */
public record Staffing(int online, int staffed, int available) {
}
