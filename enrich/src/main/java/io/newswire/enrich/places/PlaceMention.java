package io.newswire.enrich.places;

/**
 * A country an article mentions.
 *
 * @param countryCode ISO 3166-1 alpha-2, for example "MA"
 * @param name        English short name
 * @param mentions    how many times title and text mention it
 */
public record PlaceMention(String countryCode, String name, int mentions) {
}
