package org.gongkai.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.platform.CaseDates;
import org.springframework.stereotype.Component;

/**
 * Dates and moments in JSON are ISO strings within the years a case can carry ({@link CaseDates}).
 * Jackson alone would read a number as a day or second count since 1970 and take any year a string
 * spells, so {@code "correctionDeadline": 2147483647} became a date millions of years ahead that
 * the database then refused with a 500. Such input is now refused as it is read, with the field's
 * name, like any other value of the wrong form.
 */
@Component
class CaseDatesModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  CaseDatesModule() {
    super("gongkai-case-dates");
    setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> found) {
            Class<?> type = description.getBeanClass();
            return type == LocalDate.class || type == OffsetDateTime.class
                ? new WithinCaseYears(found)
                : found;
          }
        });
  }

  /** The usual reader of a date or moment, given only strings, and checked for its year. */
  static final class WithinCaseYears extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    WithinCaseYears(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new WithinCaseYears(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText();
      Object value = super.deserialize(parser, context);
      if (value instanceof LocalDate date && !CaseDates.plausible(date)
          || value instanceof OffsetDateTime moment && !CaseDates.plausible(moment)) {
        throw context.weirdStringException(text, handledType(), CaseDates.OUT_OF_RANGE);
      }
      return value;
    }
  }
}
