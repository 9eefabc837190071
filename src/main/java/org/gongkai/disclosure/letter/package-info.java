/** Reply letters (政府信息公开申请答复书) for finished disclosure requests, as HTML and DOCX. */
@NullMarked
package org.gongkai.disclosure.letter;

import org.jspecify.annotations.NullMarked;
